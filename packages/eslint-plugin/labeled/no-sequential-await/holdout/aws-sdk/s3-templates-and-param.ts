// case: an invoice Lambda fetches its HTML and CSS templates from S3 and the sender address from SSM
// category: aws-sdk
// why: send(new GetObjectCommand) and GetParameterCommand are reads of three different keys (group A);
//      each body transform needs its own response but not the other body, so the two transforms of two
//      different streams form a second group B
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { Handler } from 'aws-lambda';
import { renderInvoice } from './render';

const s3 = new S3Client({});
const ssm = new SSMClient({});
const Bucket = process.env.TEMPLATE_BUCKET!;

export const handler: Handler<{ invoiceId: string; lines: { sku: string; qty: number }[] }> = async (event) => {
  const html = /*@A*/ await s3.send(new GetObjectCommand({ Bucket, Key: 'invoice/v3/template.html' }));
  const css = /*@A*/ await s3.send(new GetObjectCommand({ Bucket, Key: 'invoice/v3/print.css' }));
  const sender = /*@A*/ await ssm.send(
    new GetParameterCommand({ Name: '/billing/prod/sender-address', WithDecryption: true }),
  );

  const template = /*@B*/ await html.Body!.transformToString();
  const styles = /*@B*/ await css.Body!.transformToString();

  return renderInvoice({
    template,
    styles,
    from: sender.Parameter?.Value ?? 'billing@example.com',
    invoiceId: event.invoiceId,
    lines: event.lines,
  });
};
