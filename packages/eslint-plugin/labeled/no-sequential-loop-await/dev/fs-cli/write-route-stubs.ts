// case: a scaffolding command writes one stub file per route and reports the paths
// category: fs-cli
// why: not reported: mkdir is awaited for its effect and writeFile writes a file, so every
//      iteration is a write; pushing the path afterwards does not make it a read
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeRouteStubs(outDir: string, routes: string[]) {
  const written: string[] = [];
  for (const route of routes) {
    const file = path.join(outDir, route, 'page.tsx');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `export default function Page() {\n  return <h1>${route}</h1>;\n}\n`, { flag: 'wx' });
    written.push(path.relative(process.cwd(), file));
  }
  console.log(`created ${written.length} routes`);
  return written;
}
