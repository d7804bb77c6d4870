// case: a size-budget script stats every built chunk with an index loop and sums the bytes
// category: fs-cli
// why: the fast-glob result exists before the loop; each iteration stats files[i] only; `total` is a
//      sum that no call reads, and rows are pushed, so the stats could all start together
import { stat } from 'node:fs/promises';
import fg from 'fast-glob';

const BUDGET = 250 * 1024;

export async function checkBudget(outDir: string) {
  const files = await fg('**/*.{js,css}', { cwd: outDir, absolute: true });
  const rows: { file: string; kb: string }[] = [];
  let total = 0;

  /*@A*/ for (let i = 0; i < files.length; i++) {
    const { size } = await stat(files[i]);
    total += size;
    rows.push({ file: files[i].slice(outDir.length + 1), kb: (size / 1024).toFixed(1) });
  }

  rows.sort((a, b) => Number(b.kb) - Number(a.kb));
  console.table(rows);
  if (total > BUDGET) {
    console.error(`bundle is ${(total / 1024).toFixed(1)} kB, budget is ${BUDGET / 1024} kB`);
    process.exitCode = 1;
  }
}
