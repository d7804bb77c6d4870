// case: an asset build script renders responsive WebP variants with sharp and uploads them to a GCS bucket
// category: fs-cli
// why: every loop here writes: the outer loop creates directories (a discarded mkdir) and the inner loop
//      writes one file per width with sharp's toFile (its info only feeds a byte counter); the upload loop
//      sends each file to the bucket. Writes are ordered effects, never reports.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import fg from 'fast-glob';
import sharp from 'sharp';
import { Storage } from '@google-cloud/storage';

const SIZES = [320, 640, 1280, 1920];
const srcDir = 'assets/photos';
const outDir = 'public/img';

const images = await fg('**/*.{jpg,jpeg,png}', { cwd: srcDir });
let bytes = 0;

for (const rel of images) {
  const input = path.join(srcDir, rel);
  const base = rel.replace(/\.\w+$/, '');
  await mkdir(path.join(outDir, path.dirname(rel)), { recursive: true });
  for (const width of SIZES) {
    const info = await sharp(input)
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 78 })
      .toFile(path.join(outDir, `${base}-${width}.webp`));
    bytes += info.size;
  }
}

console.log(`wrote ${images.length * SIZES.length} variants, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);

const bucket = new Storage().bucket(process.env.ASSETS_BUCKET ?? 'acme-static');
const outputs = await fg('**/*.webp', { cwd: outDir });
for (const rel of outputs) {
  await bucket.upload(path.join(outDir, rel), {
    destination: `img/${rel}`,
    metadata: { cacheControl: 'public, max-age=31536000, immutable', contentType: 'image/webp' },
  });
}
