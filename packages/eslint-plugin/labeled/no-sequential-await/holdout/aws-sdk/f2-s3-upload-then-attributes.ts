// case: an invoice PDF is uploaded and its stored attributes are read back to check the size
// category: aws-sdk
// why: GetObjectAttributesCommand reads the very key that PutObjectCommand just wrote, on the same
//      client; it must see the new object, so the read after the write stays in order. No data flows
//      between the two calls, which is what a careless rule would go by
import { S3Client, PutObjectCommand, GetObjectAttributesCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});
const BUCKET = process.env.INVOICE_BUCKET!;

export async function publishInvoicePdf(invoiceId: string, pdf: Uint8Array) {
  const key = `invoices/${invoiceId}.pdf`;

  const put = await s3.send(
    new PutObjectCommand({
      Bucket: BUCKET,
      Key: key,
      Body: pdf,
      ContentType: 'application/pdf',
      ChecksumAlgorithm: 'SHA256',
    }),
  );
  const stored = await s3.send(
    new GetObjectAttributesCommand({
      Bucket: BUCKET,
      Key: key,
      ObjectAttributes: ['ObjectSize', 'Checksum'],
    }),
  );

  if (stored.ObjectSize !== pdf.byteLength) {
    throw new Error(`invoice ${invoiceId}: stored ${stored.ObjectSize} bytes, expected ${pdf.byteLength}`);
  }
  return { key, etag: put.ETag, checksum: stored.Checksum?.ChecksumSHA256 };
}
