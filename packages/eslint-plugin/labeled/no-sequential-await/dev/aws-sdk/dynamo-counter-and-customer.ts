// case: an invoicing function takes the next invoice number from a counter table and reads the customer
// category: aws-sdk
// why: the counter UpdateCommand is a write used for its result, and the only later member reads a
//      different table, so the write may lead the group; the invoice PutCommand uses both results
//      and is awaited for its effect
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function createInvoice(customerId: string, lines: { sku: string; cents: number }[]) {
  const { Attributes } = /*@A*/ await ddb.send(
    new UpdateCommand({
      TableName: 'counters',
      Key: { name: 'invoice' },
      UpdateExpression: 'ADD #v :one',
      ExpressionAttributeNames: { '#v': 'value' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  const { Item: customer } = /*@A*/ await ddb.send(
    new GetCommand({ TableName: 'customers', Key: { customerId } }),
  );

  const invoice = {
    number: `INV-${String(Attributes!.value).padStart(6, '0')}`,
    customerId,
    billingName: customer?.billingName,
    total: lines.reduce((sum, l) => sum + l.cents, 0),
  };
  await ddb.send(new PutCommand({ TableName: 'invoices', Item: invoice, ConditionExpression: 'attribute_not_exists(#n)', ExpressionAttributeNames: { '#n': 'number' } }));
  return invoice;
}
