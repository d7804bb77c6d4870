// case: a 2FA sender looks the number up with Twilio Lookup and texts it only if it is a mobile line
// category: saas-sdks
// why: the SMS is sent only when the lookup says "mobile", so it is conditional on and later than
//      the lookup; the DB update is a write awaited for its effect
import twilio from 'twilio';
import { prisma } from '../db';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function sendLoginCode(userId: string, phone: string, code: string) {
  const lookup = await client.lookups.v2.phoneNumbers(phone).fetch({ fields: 'line_type_intelligence' });
  if (lookup.lineTypeIntelligence?.type !== 'mobile') {
    return { sent: false, reason: 'not a mobile number' };
  }

  const message = await client.messages.create({
    to: lookup.phoneNumber,
    messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID,
    body: `Your login code is ${code}`,
  });

  await prisma.loginChallenge.update({
    where: { userId },
    data: { smsSid: message.sid, sentAt: new Date() },
  });
  return { sent: true, sid: message.sid };
}
