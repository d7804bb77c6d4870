// case: loading a tenant bundle destructures the results of four AWS SDK v3 reads
// category: aws-sdk
// why: the DynamoDB get and query, the S3 GetObject and the SSM GetParameter all key on tenantId and
//      none uses another's output; reading the S3 body afterwards uses Body and is no member
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({});
const ssm = new SSMClient({});
const CONFIG_BUCKET = process.env.CONFIG_BUCKET!;

export async function loadTenantBundle(tenantId: string) {
  const { Item: account } = /*@A*/ await ddb.send(new GetCommand({ TableName: 'accounts', Key: { tenantId } }));
  const { Items: [latestInvoice] = [] } = /*@A*/ await ddb.send(
    new QueryCommand({
      TableName: 'invoices',
      KeyConditionExpression: 'tenantId = :t',
      ExpressionAttributeValues: { ':t': tenantId },
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  const { Body } = /*@A*/ await s3.send(
    new GetObjectCommand({ Bucket: CONFIG_BUCKET, Key: `tenants/${tenantId}/branding.json` }),
  );
  const { Parameter } = /*@A*/ await ssm.send(
    new GetParameterCommand({ Name: `/tenants/${tenantId}/webhook-secret`, WithDecryption: true }),
  );

  const branding = JSON.parse(await Body!.transformToString()) as { primaryColor: string; logoUrl: string };
  return {
    account,
    latestInvoice,
    branding,
    webhookSecret: Parameter?.Value,
  };
}
