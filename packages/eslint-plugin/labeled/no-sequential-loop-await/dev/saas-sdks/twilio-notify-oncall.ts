// case: an alerting hook texts every on-call engineer and records the message ids
// category: saas-sdks
// why: not reported: twilio messages.create sends an SMS, a write per recipient, even though the
//      body only pushes the returned sid
import twilio from 'twilio';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function pageOnCall(phones: string[], incident: { id: string; title: string }) {
  const sids: string[] = [];
  for (const to of phones) {
    const message = await client.messages.create({
      from: process.env.TWILIO_FROM!,
      to,
      body: `[${incident.id}] ${incident.title}`,
    });
    sids.push(message.sid);
  }
  return sids;
}
