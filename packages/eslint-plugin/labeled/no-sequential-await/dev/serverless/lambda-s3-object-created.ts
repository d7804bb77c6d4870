// case: an S3 ObjectCreated Lambda reads an object's head and tags, then indexes it in DynamoDB
// category: serverless
// why: HeadObject and GetObjectTagging are both reads of the same key and neither needs the other;
//      the PutCommand is a write that uses both and is awaited for its effect
import type { S3Event } from 'aws-lambda';
import { S3Client, HeadObjectCommand, GetObjectTaggingCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const s3 = new S3Client({});
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: S3Event): Promise<void> => {
  const { bucket, object } = event.Records[0].s3;
  const Key = decodeURIComponent(object.key.replace(/\+/g, ' '));

  const head = /*@A*/ await s3.send(new HeadObjectCommand({ Bucket: bucket.name, Key }));
  const { TagSet = [] } = /*@A*/ await s3.send(new GetObjectTaggingCommand({ Bucket: bucket.name, Key }));

  await ddb.send(
    new PutCommand({
      TableName: process.env.ASSETS_TABLE,
      Item: {
        key: Key,
        contentType: head.ContentType,
        size: head.ContentLength,
        tags: Object.fromEntries(TagSet.map((t) => [t.Key, t.Value])),
      },
    }),
  );
};
