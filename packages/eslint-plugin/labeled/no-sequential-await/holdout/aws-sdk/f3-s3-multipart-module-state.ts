// case: an archive upload starts an S3 multipart upload, sends a part and completes it through helpers that share module state
// category: aws-sdk
// why: begin() stores the UploadId in a module-level let that sendPart() and the complete command
//      read, and sendPart() pushes the part list that the complete command sends; every step needs
//      the previous one
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION });
let uploadId: string | undefined;
const parts: { ETag?: string; PartNumber: number }[] = [];

async function begin(bucket: string, key: string) {
  const res = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: 'application/zip' }));
  uploadId = res.UploadId;
  return res.Key;
}

async function sendPart(bucket: string, key: string, partNumber: number, body: Uint8Array) {
  const res = await s3.send(
    new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, Body: body }),
  );
  parts.push({ ETag: res.ETag, PartNumber: partNumber });
  return res.ETag;
}

export async function uploadArchive(bucket: string, key: string, body: Uint8Array) {
  const createdKey = await begin(bucket, key);
  const etag = await sendPart(bucket, key, 1, body);
  const done = await s3.send(
    new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }),
  );
  return { createdKey, etag, location: done.Location };
}
