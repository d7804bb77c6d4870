// case: an archiver pages through expired sessions with the Query paginator and batch-deletes them
// category: aws-sdk
// why: each page of the for-await loop depends on the previous page's LastEvaluatedKey, and the
//      BatchWriteCommand inside the loop is a write awaited for its effect
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function purgeExpiredSessions(tenantId: string, now = Date.now()): Promise<number> {
  let purged = 0;
  const pages = paginateQuery(
    { client: doc, pageSize: 25 },
    {
      TableName: 'sessions',
      KeyConditionExpression: 'tenantId = :t AND expiresAt < :now',
      ExpressionAttributeValues: { ':t': tenantId, ':now': now },
      ProjectionExpression: 'tenantId, sessionId',
    },
  );

  for await (const page of pages) {
    const keys = page.Items ?? [];
    if (keys.length === 0) continue;
    await doc.send(
      new BatchWriteCommand({
        RequestItems: { sessions: keys.map((Key) => ({ DeleteRequest: { Key } })) },
      }),
    );
    purged += keys.length;
  }
  return purged;
}
