// case: a report job reads every part listed in a manifest from S3 and joins the CSV text
// category: aws-sdk
// why: each iteration sends a GetObjectCommand (a read, despite the command object) for its own
//      key and pushes the text; nothing carries over between parts, so all reads can start together
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });

interface Manifest {
  bucket: string;
  parts: { key: string; rows: number }[];
}

export async function loadReport(manifest: Manifest): Promise<string> {
  const chunks: string[] = [];
  /*@A*/ for (const part of manifest.parts) {
    const res = await s3.send(new GetObjectCommand({ Bucket: manifest.bucket, Key: part.key }));
    const text = await res.Body!.transformToString('utf-8');
    chunks.push(text.trimEnd());
  }
  return chunks.join('\n');
}
