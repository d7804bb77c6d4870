// case: an API Gateway Lambda returns a profile and preferences from two DynamoDB tables
// category: serverless
// why: both GetCommands read a different table by the caller's sub and do not use each other's
//      item; the 404 check comes after both
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const PROFILES = process.env.PROFILES_TABLE!;
const PREFERENCES = process.env.PREFERENCES_TABLE!;

export const handler = async (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
): Promise<APIGatewayProxyResultV2> => {
  const sub = event.requestContext.authorizer.jwt.claims.sub as string;

  const { Item: profile } = /*@A*/ await ddb.send(
    new GetCommand({ TableName: PROFILES, Key: { pk: `USER#${sub}` } }),
  );
  const { Item: preferences } = /*@A*/ await ddb.send(
    new GetCommand({ TableName: PREFERENCES, Key: { userId: sub }, ConsistentRead: false }),
  );

  if (!profile) {
    return { statusCode: 404, body: JSON.stringify({ message: 'profile not found' }) };
  }
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...profile, preferences: preferences ?? {} }),
  };
};
