// case: a Lambda HTTP handler switches on the route key and each case body reads from two AWS services
// category: aws-sdk
// why: in each case the reads take only the caller's id and none uses the other's output; a GetCommand,
//      a QueryCommand, GetMetricData and GetParameter are all reads; the two cases are separate groups
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const cloudwatch = new CloudWatchClient({});
const ssm = new SSMClient({});
const TABLE = process.env.TABLE_NAME!;

const json = (statusCode: number, body: unknown): APIGatewayProxyResultV2 => ({ statusCode, body: JSON.stringify(body) });

export const handler = async (event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyResultV2> => {
  const userId = event.requestContext.authorizer.jwt.claims.sub as string;
  const pk = `USER#${userId}`;

  switch (event.routeKey) {
    case 'GET /me': {
      const { Item: profile } = /*@A*/ await ddb.send(new GetCommand({ TableName: TABLE, Key: { pk, sk: 'PROFILE' } }));
      const { Items: devices = [] } = /*@A*/ await ddb.send(
        new QueryCommand({
          TableName: TABLE,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': 'DEVICE#' },
        }),
      );
      return json(200, { profile, devices });
    }
    case 'GET /me/usage':
      const end = new Date();
      const metrics = /*@B*/ await cloudwatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(end.getTime() - 86_400_000),
          EndTime: end,
          MetricDataQueries: [{ Id: 'calls', MetricStat: { Metric: { Namespace: 'Api', MetricName: 'Calls', Dimensions: [{ Name: 'UserId', Value: userId }] }, Period: 3600, Stat: 'Sum' } }],
        }),
      );
      const { Parameter } = /*@B*/ await ssm.send(new GetParameterCommand({ Name: `/quotas/${userId}` }));
      return json(200, { hourly: metrics.MetricDataResults?.[0]?.Values ?? [], quota: Number(Parameter?.Value ?? 1000) });
    default:
      return json(404, { message: `no route ${event.routeKey}` });
  }
};
