// case: an API Gateway handler verifies the Cognito token, then loads the member and their workspace
// category: serverless
// why: verify() is a guard and its claims give the member key; the workspace key is a property of the
//      member item, so each read needs the one before it: a chain, nothing to combine
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';

const verifier = CognitoJwtVerifier.create({
  userPoolId: process.env.USER_POOL_ID!,
  clientId: process.env.APP_CLIENT_ID!,
  tokenUse: 'access',
});
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  const token = event.headers.authorization?.replace(/^Bearer /, '') ?? '';
  const claims = await verifier.verify(token);

  const { Item: member } = await doc.send(
    new GetCommand({ TableName: 'members', Key: { userId: claims.sub } }),
  );
  if (!member) return { statusCode: 403, body: 'not a member' };

  const { Item: workspace } = await doc.send(
    new GetCommand({ TableName: 'workspaces', Key: { workspaceId: member.workspaceId } }),
  );

  return {
    statusCode: 200,
    body: JSON.stringify({ role: member.role, workspace: { id: workspace?.workspaceId, name: workspace?.name } }),
  };
};
