// case: an export job walks a customer's orders with the DynamoDB query paginator and looks up each page's products
// category: aws-sdk
// why: `for await` over paginateQuery: each page is requested with the previous page's
//      LastEvaluatedKey, a stateful source; the pages cannot be started together
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, BatchGetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function exportOrders(customerId: string) {
  const rows: Array<Record<string, unknown>> = [];
  const pages = paginateQuery(
    { client: ddb, pageSize: 100 },
    {
      TableName: 'orders',
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `CUST#${customerId}` },
    },
  );
  for await (const page of pages) {
    const items = page.Items ?? [];
    if (items.length === 0) continue;
    const productKeys = [...new Set(items.map((o) => o.productId as string))].map((id) => ({ pk: `PRODUCT#${id}` }));
    const { Responses } = await ddb.send(
      new BatchGetCommand({ RequestItems: { products: { Keys: productKeys } } }),
    );
    const products = new Map((Responses?.products ?? []).map((p) => [p.pk, p]));
    for (const order of items) rows.push({ ...order, product: products.get(`PRODUCT#${order.productId}`) });
  }
  return rows;
}
