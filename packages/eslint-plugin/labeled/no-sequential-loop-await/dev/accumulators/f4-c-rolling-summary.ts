// case: LLM jobs that carry state from one chunk to the next: a running summary and a growing glossary
// category: accumulators
// why: summarizeTranscript sends the summary built so far with every chunk and replaces it with the
//      answer; translateDocs sends the glossary gathered from earlier pages and merges new terms into it.
//      Each call receives what the previous iteration produced, so neither loop can run its
//      iterations together.
import OpenAI from 'openai';

const openai = new OpenAI();

export async function summarizeTranscript(chunks: string[]): Promise<string> {
  let summary = '';
  for (const chunk of chunks) {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4.1-mini',
      temperature: 0.2,
      messages: [
        {
          role: 'system',
          content: 'You keep a running summary of a meeting transcript. Update it with the new part. Stay under 300 words.',
        },
        { role: 'user', content: `Summary so far:\n${summary || '(none yet)'}\n\nNext part of the transcript:\n${chunk}` },
      ],
    });
    summary = completion.choices[0]?.message.content?.trim() || summary;
  }
  return summary;
}

interface Page {
  slug: string;
  title: string;
  body: string;
}

export async function translateDocs(pages: Page[], targetLang: string): Promise<Page[]> {
  const glossary: Record<string, string> = {};
  const translated: Page[] = [];
  for (const page of pages) {
    const response = await openai.responses.create({
      model: 'gpt-4.1',
      input: [
        {
          role: 'system',
          content: `Translate Markdown documentation to ${targetLang}. Reuse the glossary exactly. Answer as JSON {"title","body","newTerms"}.`,
        },
        { role: 'user', content: `Glossary: ${JSON.stringify(glossary)}\n\n# ${page.title}\n\n${page.body}` },
      ],
      text: { format: { type: 'json_object' } },
    });
    const { title, body, newTerms } = JSON.parse(response.output_text);
    Object.assign(glossary, newTerms);
    translated.push({ slug: page.slug, title, body });
  }
  return translated;
}
