// case: a Lambda returns the feature-flag overrides of each tenant named in the request
// category: aws-sdk
// why: an index loop over tenantIds[i], an array capped before the loop; each iteration sends a
//      GetCommand (a read) for its own tenant's key and sets that tenant's entry in a Map; no
//      iteration reads what another one produced
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.FLAGS_TABLE!;

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  const body = JSON.parse(event.body ?? '{}') as { tenantIds?: string[] };
  const tenantIds = (body.tenantIds ?? []).slice(0, 25);
  const overrides = new Map<string, Record<string, boolean>>();
  /*@A*/ for (let i = 0; i < tenantIds.length; i++) {
    const { Item } = await ddb.send(
      new GetCommand({
        TableName: TABLE,
        Key: { pk: `TENANT#${tenantIds[i]}`, sk: 'FLAGS' },
        ProjectionExpression: 'flags',
      }),
    );
    overrides.set(tenantIds[i], (Item?.flags as Record<string, boolean> | undefined) ?? {});
  }
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(Object.fromEntries(overrides)),
  };
};
