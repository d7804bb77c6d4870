// case: a CDN purge script reads the Cloud Storage metadata of every file a release manifest lists
// category: saas-sdks
// why: the loop walks manifest.files, an array that exists before it; each iteration awaits one
//      metadata read for its own object and only sets its own key in a Map or skips with continue;
//      nothing carries over between iterations
import { Storage } from '@google-cloud/storage';
import { readFile } from 'node:fs/promises';

const bucket = new Storage().bucket(process.env.STATIC_BUCKET ?? 'acme-static');

interface Manifest {
  version: string;
  files: string[];
}

export async function collectChecksums(manifestPath: string) {
  const manifest: Manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const checksums = new Map<string, string>();

  /*@A*/ for (const name of manifest.files) {
    if (name.endsWith('.map')) continue;
    const [meta] = await bucket.file(`releases/${manifest.version}/${name}`).getMetadata();
    checksums.set(name, meta.md5Hash ?? '');
  }

  return { version: manifest.version, checksums };
}
