// case: a contract reviewer uploads a PDF to OpenAI, asks for risks, then a follow-up summary, and deletes the file
// category: saas-sdks
// why: the first response needs the uploaded file id, the follow-up chains on previous_response_id, and
//      the delete is awaited for its effect, so every call waits for the one before it
import OpenAI, { toFile } from 'openai';

const openai = new OpenAI();

export async function reviewContract(pdf: Buffer, filename: string) {
  const file = await openai.files.create({
    file: await toFile(pdf, filename, { type: 'application/pdf' }),
    purpose: 'user_data',
  });

  const review = await openai.responses.create({
    model: 'gpt-4.1',
    input: [
      {
        role: 'user',
        content: [
          { type: 'input_file', file_id: file.id },
          { type: 'input_text', text: 'List the clauses that carry financial or termination risk.' },
        ],
      },
    ],
  });

  const summary = await openai.responses.create({
    model: 'gpt-4.1-mini',
    previous_response_id: review.id,
    input: 'Summarize those risks in three bullet points for a non-lawyer.',
  });

  await openai.files.delete(file.id);
  return { risks: review.output_text, summary: summary.output_text };
}
