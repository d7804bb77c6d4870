// case: a worker takes one SQS message, loads the order and the customer it names, books a label and deletes the message
// category: aws-sdk
// why: the two lib-dynamodb GetCommand reads both need the parsed message but not each other, so they
//      form a group; the receive comes first (both use its body), the label POST uses both results,
//      and the DeleteMessageCommand is a discarded write that must wait for the label
import { SQSClient, ReceiveMessageCommand, DeleteMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const sqs = new SQSClient({});
const docClient = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function pollOnce(queueUrl: string) {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 1, WaitTimeSeconds: 20 }),
  );
  const [message] = Messages;
  if (!message?.Body) return false;

  const { orderId, customerId } = JSON.parse(message.Body) as { orderId: string; customerId: string };
  const { Item: order } = /*@A*/ await docClient.send(new GetCommand({ TableName: 'orders', Key: { orderId } }));
  const { Item: customer } = /*@A*/ await docClient.send(
    new GetCommand({ TableName: 'customers', Key: { customerId }, ProjectionExpression: 'address, email' }),
  );

  const label = await fetch('https://shipping.internal/labels', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orderId, lines: order?.lines, address: customer?.address }),
  });
  if (!label.ok) throw new Error(`label for ${orderId} failed with ${label.status}`);

  await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
  return true;
}
