// case: an appointment reminder validates the phone with Twilio Lookup, texts the patient, then texts the clinic
// category: saas-sdks
// why: the lookup's result decides whether and where to send; the patient SMS is a write; the
//      clinic SMS is a second write that must not start before the first has settled (and it
//      quotes the first one's sid). Nothing is groupable.
import twilio from 'twilio';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const from = process.env.TWILIO_FROM_NUMBER!;

interface Appointment {
  patientName: string;
  patientPhone: string;
  clinicPhone: string;
  startsAt: Date;
}

export async function sendReminder(appt: Appointment) {
  const lookup = await client.lookups.v2
    .phoneNumbers(appt.patientPhone)
    .fetch({ fields: 'line_type_intelligence' });
  if (!lookup.valid || lookup.lineTypeIntelligence?.type === 'landline') {
    return { sent: false, reason: 'not-a-mobile-number' };
  }

  const when = appt.startsAt.toLocaleString('en-US', { timeZone: 'America/Chicago' });
  const patientMsg = await client.messages.create({
    to: lookup.phoneNumber,
    from,
    body: `Hi ${appt.patientName}, reminder: your appointment is ${when}. Reply C to confirm.`,
  });
  const clinicMsg = await client.messages.create({
    to: appt.clinicPhone,
    from,
    body: `Reminder ${patientMsg.sid} sent to ${appt.patientName} for ${when}.`,
  });
  return { sent: true, sids: [patientMsg.sid, clinicMsg.sid] };
}
