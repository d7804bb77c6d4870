// case: a contact import checks each number's line type with Twilio Lookup, paced under the rate limit
// category: saas-sdks
// why: each iteration ends with an intentional `await sleep(...)` between requests; the pacing is
//      the point of the sequential loop, so it must not become one burst
import twilio from 'twilio';
import { setTimeout as sleep } from 'node:timers/promises';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const MIN_INTERVAL_MS = 120;

export async function classifyNumbers(numbers: string[]) {
  const mobile: string[] = [];
  const other: { phone: string; type: string | null }[] = [];
  for (const phone of numbers) {
    const result = await client.lookups.v2
      .phoneNumbers(phone)
      .fetch({ fields: 'line_type_intelligence' });
    const type: string | null = result.lineTypeIntelligence?.type ?? null;
    if (type === 'mobile') mobile.push(result.phoneNumber);
    else other.push({ phone, type });
    await sleep(MIN_INTERVAL_MS);
  }
  return { mobile, other };
}
