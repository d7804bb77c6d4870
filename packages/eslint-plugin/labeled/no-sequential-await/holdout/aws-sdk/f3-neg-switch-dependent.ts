// case: an SQS-driven Lambda switches on the message type; each case reads a record and then an object it names
// category: aws-sdk
// why: in the export case the S3 key comes from the DynamoDB item, so the reads are a chain; in the
//      thumbnail case the PutObject is a discarded write before the head check; nothing can be combined
import type { SQSEvent } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { S3Client, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { renderThumbnail, deliverExport } from './work';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({});
const BUCKET = process.env.BUCKET!;

export const handler = async (event: SQSEvent) => {
  for (const record of event.Records) {
    const message = JSON.parse(record.body) as { type: 'export' | 'thumbnail'; id: string };
    switch (message.type) {
      case 'export': {
        const { Item } = await ddb.send(new GetCommand({ TableName: 'exports', Key: { id: message.id } }));
        const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: Item!.objectKey as string }));
        await deliverExport(Item!, await object.Body!.transformToByteArray());
        break;
      }
      case 'thumbnail': {
        const key = `thumbs/${message.id}.webp`;
        await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: await renderThumbnail(message.id) }));
        const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
        console.log(`thumbnail ${key} written, ${head.ContentLength} bytes`);
        break;
      }
    }
  }
};
