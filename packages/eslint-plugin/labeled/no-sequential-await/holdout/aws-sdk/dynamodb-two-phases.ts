// case: a profile Lambda reads the user item and their orders, records the view, then reads settings and a feature parameter
// category: aws-sdk
// why: the Get and Query use only the path id (group A); the UpdateCommand is awaited for its effect and
//      ends that group; after it, the settings Get and the SSM parameter read touch other resources (group B)
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const ssm = new SSMClient({});

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  const userId = event.pathParameters!.id!;

  const user = /*@A*/ await ddb.send(new GetCommand({ TableName: 'users', Key: { pk: `USER#${userId}` } }));
  const orders = /*@A*/ await ddb.send(
    new QueryCommand({
      TableName: 'orders',
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `USER#${userId}` },
      ScanIndexForward: false,
      Limit: 10,
    }),
  );

  await ddb.send(
    new UpdateCommand({
      TableName: 'users',
      Key: { pk: `USER#${userId}` },
      UpdateExpression: 'SET lastViewedAt = :now',
      ExpressionAttributeValues: { ':now': Date.now() },
    }),
  );

  const settings = /*@B*/ await ddb.send(new GetCommand({ TableName: 'settings', Key: { pk: 'GLOBAL' } }));
  const features = /*@B*/ await ssm.send(new GetParameterCommand({ Name: '/profile/prod/features' }));

  return {
    statusCode: 200,
    body: JSON.stringify({
      user: user.Item,
      orders: orders.Items,
      settings: settings.Item,
      features: JSON.parse(features.Parameter?.Value ?? '{}'),
    }),
  };
};
