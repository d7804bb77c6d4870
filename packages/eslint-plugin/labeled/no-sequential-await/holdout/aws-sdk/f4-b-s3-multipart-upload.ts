// case: uploading a large export to S3 with a multipart upload, then tagging it and checking the result
// category: aws-sdk
// why: the size comes from the opened handle; CreateMultipartUpload is a write (it opens an
//      upload) and must not start before the file reads settled, or a missing file would leave a
//      dangling upload; each part needs the UploadId and the bytes read just before it; Complete
//      needs the parts; the tagging is awaited for its effect and HeadObject reads the object just
//      written. No group
import { open, type FileHandle } from 'node:fs/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  PutObjectTaggingCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';

const s3 = new S3Client({});
const PART_SIZE = 16 * 1024 * 1024;

async function uploadParts(file: FileHandle, size: number, bucket: string, key: string, uploadId: string) {
  const parts: { ETag: string; PartNumber: number }[] = [];
  for (let offset = 0, partNumber = 1; offset < size; offset += PART_SIZE, partNumber++) {
    const length = Math.min(PART_SIZE, size - offset);
    const buffer = Buffer.alloc(length);
    await file.read(buffer, 0, length, offset);
    const { ETag } = await s3.send(
      new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, Body: buffer }),
    );
    parts.push({ ETag: ETag!, PartNumber: partNumber });
  }
  return parts;
}

export async function uploadExport(path: string, bucket: string, key: string) {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const { UploadId } = await s3.send(
      new CreateMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        ContentType: 'application/gzip',
        ServerSideEncryption: 'aws:kms',
      }),
    );
    try {
      const parts = await uploadParts(file, size, bucket, key, UploadId!);
      await s3.send(
        new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }),
      );
    } catch (err) {
      await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId }));
      throw err;
    }
  } finally {
    await file.close();
  }

  await s3.send(
    new PutObjectTaggingCommand({
      Bucket: bucket,
      Key: key,
      Tagging: { TagSet: [{ Key: 'retention', Value: '90d' }] },
    }),
  );
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  return { etag: head.ETag, size: head.ContentLength, versionId: head.VersionId };
}
