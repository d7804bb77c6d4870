import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';

const rl = createInterface({ input: stdin, output: stdout });

export async function readAnswer(label: string, fallback = ''): Promise<string> {
  const answer = await rl.question(fallback ? `${label} (${fallback}): ` : `${label}: `);
  return answer.trim() || fallback;
}

export function closeTerminal() {
  rl.close();
}
