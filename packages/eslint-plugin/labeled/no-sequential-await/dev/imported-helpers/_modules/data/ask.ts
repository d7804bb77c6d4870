import { createInterface } from 'node:readline/promises';

export async function askFor(label: string, fallback?: string): Promise<string> {
  if (fallback) return fallback;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(`${label}: `);
  } finally {
    rl.close();
  }
}
