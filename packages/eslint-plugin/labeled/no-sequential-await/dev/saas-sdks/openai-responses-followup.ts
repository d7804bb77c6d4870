// case: a support bot drafts a reply with the Responses API and then asks for a shorter follow-up
// category: saas-sdks
// why: the second responses.create passes previous_response_id from the first, so it depends on
//      it; the moderation call checks the final text and needs the second result
import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function draftReply(ticketText: string): Promise<string> {
  const draft = await openai.responses.create({
    model: 'gpt-4.1-mini',
    instructions: 'You are a friendly support agent. Answer the customer.',
    input: ticketText,
  });

  const shorter = await openai.responses.create({
    model: 'gpt-4.1-mini',
    previous_response_id: draft.id,
    input: 'Now rewrite your answer in at most three sentences.',
  });

  const moderation = await openai.moderations.create({
    model: 'omni-moderation-latest',
    input: shorter.output_text,
  });
  return moderation.results[0].flagged ? draft.output_text : shorter.output_text;
}
