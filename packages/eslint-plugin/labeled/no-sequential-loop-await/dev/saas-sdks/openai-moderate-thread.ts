// case: a forum checks each message of a new thread with the moderation endpoint before posting
// category: saas-sdks
// why: not reported: moderations.create is a read, but the loop returns at the first flagged
//      message, so it decides when to stop and later messages are never checked after a hit
import OpenAI from 'openai';

const openai = new OpenAI();

export async function moderateThread(messages: string[]) {
  for (const [index, text] of messages.entries()) {
    const result = await openai.moderations.create({ model: 'omni-moderation-latest', input: text });
    const verdict = result.results[0];
    if (verdict.flagged) {
      const categories = Object.entries(verdict.categories)
        .filter(([, hit]) => hit)
        .map(([name]) => name);
      return { ok: false as const, index, categories };
    }
  }
  return { ok: true as const };
}
