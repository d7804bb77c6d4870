// case: a CLI builds a persisted LlamaIndex vector index from the markdown files of a docs folder
// category: fs-cli
// why: the loop runs over the file list readdir returned before it; each readFile reads only its
//      own file, empty files are skipped with continue and Documents are pushed, so the reads could
//      start together; the storage context and index build after the loop are outside it
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, VectorStoreIndex, storageContextFromDefaults } from 'llamaindex';

async function main(dir = process.argv[2] ?? 'docs') {
  const entries = await readdir(dir, { recursive: true });
  const files = entries.filter((f) => f.endsWith('.md') || f.endsWith('.mdx'));

  const documents: Document[] = [];
  /*@A*/ for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    if (text.trim().length === 0) continue;
    documents.push(new Document({ text, id_: file, metadata: { file } }));
  }

  const storageContext = await storageContextFromDefaults({ persistDir: '.storage' });
  await VectorStoreIndex.fromDocuments(documents, { storageContext });
  console.log(`indexed ${documents.length} of ${files.length} files from ${dir}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
