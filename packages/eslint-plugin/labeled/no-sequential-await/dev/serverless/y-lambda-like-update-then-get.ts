// case: an API Gateway Lambda adds a like with a DynamoDB UpdateCommand, then reads the same post item back consistently
// category: serverless
// why: the UpdateCommand writes the `POST#id` item and the GetCommand right after reads that same item
//      (ConsistentRead, to return the new like count); a read after a write to the same key is ordered, so
//      the two awaits are not a group
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.POSTS_TABLE!;

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const postId = event.pathParameters?.postId;
  const userId = event.requestContext.authorizer?.jwt?.claims?.sub;
  if (!postId || !userId) return { statusCode: 400, body: 'bad request' };

  const update = await doc.send(
    new UpdateCommand({
      TableName: TABLE,
      Key: { pk: `POST#${postId}`, sk: 'META' },
      UpdateExpression: 'ADD likeCount :one, likedBy :user',
      ExpressionAttributeValues: { ':one': 1, ':user': new Set([String(userId)]) },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  const post = await doc.send(
    new GetCommand({ TableName: TABLE, Key: { pk: `POST#${postId}`, sk: 'META' }, ConsistentRead: true }),
  );

  console.log(JSON.stringify({ postId, wcu: update.ConsumedCapacity?.CapacityUnits }));
  return {
    statusCode: 200,
    body: JSON.stringify({ postId, likeCount: post.Item?.likeCount ?? 0 }),
  };
};
