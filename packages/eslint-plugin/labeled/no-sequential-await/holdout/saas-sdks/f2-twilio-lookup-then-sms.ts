// case: a login flow looks the phone number up with Twilio Lookup, then texts the one-time code
// category: saas-sdks
// why: messages.create sends an SMS, a write; it takes nothing from the lookup, but combined the text
//      would go out even when the lookup throws, where today it does not, so the send stays after it
import twilio from 'twilio';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function sendLoginCode(phone: string, code: string) {
  const lookup = await client.lookups.v2
    .phoneNumbers(phone)
    .fetch({ fields: 'line_type_intelligence' });

  const message = await client.messages.create({
    to: phone,
    messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID,
    body: `Your sign-in code is ${code}. It expires in 10 minutes.`,
  });

  return {
    sid: message.sid,
    lineType: lookup.lineTypeIntelligence?.type ?? 'unknown',
    country: lookup.countryCode,
  };
}
