// case: an API starts a Step Functions export and reads the tenant's remaining export quota for the response
// category: aws-sdk
// why: StartExecution is a write, but it is the first member and the quota Get reads another table that
//      the execution does not touch before responding, so both can start together
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyHandlerV2WithJWTAuthorizer } from 'aws-lambda';

const sfn = new SFNClient({});
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler: APIGatewayProxyHandlerV2WithJWTAuthorizer = async (event) => {
  const tenantId = String(event.requestContext.authorizer.jwt.claims['custom:tenant']);
  const { format = 'csv' } = JSON.parse(event.body ?? '{}');

  const execution = /*@A*/ await sfn.send(
    new StartExecutionCommand({
      stateMachineArn: process.env.EXPORT_STATE_MACHINE!,
      input: JSON.stringify({ tenantId, format }),
    }),
  );
  const quota = /*@A*/ await ddb.send(new GetCommand({ TableName: 'tenant-quotas', Key: { tenantId } }));

  return {
    statusCode: 202,
    body: JSON.stringify({
      executionArn: execution.executionArn,
      exportsLeftToday: (quota.Item?.dailyExports ?? 10) - (quota.Item?.usedToday ?? 0),
    }),
  };
};
