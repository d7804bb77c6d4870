// case: an upload pipeline builds a preview image and a checksum through two `create…` helpers
// category: local-helpers
// why: despite their names both helpers are pure computations on the original buffer; the
//      checksum is of the source image, not of the preview; the S3 put needs both and is
//      awaited for its effect
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';

const s3 = new S3Client({});

async function createPreview(image: Buffer): Promise<Buffer> {
  return sharp(image).resize({ width: 320 }).webp({ quality: 70 }).toBuffer();
}

async function createChecksum(image: Buffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', image);
  return Buffer.from(digest).toString('base64');
}

export async function ingestImage(key: string, image: Buffer) {
  const preview = /*@A*/ await createPreview(image);
  const checksum = /*@A*/ await createChecksum(image);
  await s3.send(
    new PutObjectCommand({
      Bucket: 'media',
      Key: `previews/${key}.webp`,
      Body: preview,
      ContentType: 'image/webp',
      Metadata: { 'source-sha256': checksum },
    }),
  );
  return { key, checksum };
}
