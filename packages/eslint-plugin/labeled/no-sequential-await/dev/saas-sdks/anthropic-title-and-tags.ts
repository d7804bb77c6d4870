// case: a CMS hook asks Claude for a headline and, separately, for topic tags of the same article
// category: saas-sdks
// why: the two messages.create calls send different prompts about the same input and neither uses
//      the other's answer; a completion writes nothing we later read
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

function textOf(message: Anthropic.Message): string {
  return message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
}

export async function enrichArticle(body: string) {
  const headline = /*@A*/ await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 60,
    messages: [{ role: 'user', content: `Write one headline (max 12 words) for:\n\n${body}` }],
  });
  const tags = /*@A*/ await anthropic.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 100,
    system: 'Reply with a comma-separated list of at most five lowercase topic tags.',
    messages: [{ role: 'user', content: body }],
  });

  return {
    headline: textOf(headline).trim(),
    tags: textOf(tags).split(',').map((t) => t.trim()).filter(Boolean),
  };
}
