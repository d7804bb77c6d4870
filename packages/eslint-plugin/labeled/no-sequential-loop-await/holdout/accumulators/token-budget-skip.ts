// case: a batch summarizer stops summarizing articles once the day's token budget is used up
// category: accumulators
// why: whether an iteration calls the model depends on `used`, which earlier iterations increased from
//      their responses; the continue is fine by itself, but the decision reads an earlier result
import OpenAI from 'openai';

const openai = new OpenAI();
const DAILY_BUDGET = 200_000;

export async function summarize(articles: Array<{ id: string; text: string }>, alreadyUsed: number) {
  let used = alreadyUsed;
  const summaries: Record<string, string> = {};
  for (const article of articles) {
    if (used >= DAILY_BUDGET) continue;
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Summarize in three sentences.' },
        { role: 'user', content: article.text },
      ],
    });
    summaries[article.id] = completion.choices[0]?.message.content ?? '';
    used += completion.usage?.total_tokens ?? 0;
  }
  return { summaries, used };
}
