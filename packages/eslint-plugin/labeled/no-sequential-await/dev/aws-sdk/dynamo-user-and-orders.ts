// case: a repository function reads a user item and queries their recent orders with the DocumentClient
// category: aws-sdk
// why: GetCommand and QueryCommand are reads of two tables keyed by the same user id, and the query
//      does not use the user item; they can run together
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';

const client = new DynamoDBClient({ region: process.env.AWS_REGION });
const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });

export interface AccountView {
  user: Record<string, unknown> | undefined;
  orders: Record<string, unknown>[];
}

export async function getAccountView(userId: string): Promise<AccountView> {
  const { Item: user } = /*@A*/ await doc.send(
    new GetCommand({ TableName: 'users', Key: { userId } }),
  );
  const { Items: orders = [] } = /*@A*/ await doc.send(
    new QueryCommand({
      TableName: 'orders',
      IndexName: 'byUser',
      KeyConditionExpression: 'userId = :u',
      ExpressionAttributeValues: { ':u': userId },
      ScanIndexForward: false,
      Limit: 10,
    }),
  );
  return { user, orders };
}
