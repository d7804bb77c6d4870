// case: an importer class reads each statement file and advances its running balance field
// category: local-helpers
// why: not reported: parseStatement receives `this.balance` and the loop assigns it back, so each
//      iteration reads what the previous one wrote through a `this` field
import { readFile } from 'node:fs/promises';

type Statement = { closing: number; lines: { amount: number }[] };

async function parseStatement(file: string, opening: number): Promise<Statement> {
  const lines = JSON.parse(await readFile(file, 'utf8')) as { amount: number }[];
  return { closing: lines.reduce((sum, l) => sum + l.amount, opening), lines };
}

export class LedgerImporter {
  private balance = 0;
  readonly lineCounts: number[] = [];

  async importAll(files: string[]) {
    for (const file of files) {
      const statement = await parseStatement(file, this.balance);
      this.balance = statement.closing;
      this.lineCounts.push(statement.lines.length);
    }
    return this.balance;
  }
}
