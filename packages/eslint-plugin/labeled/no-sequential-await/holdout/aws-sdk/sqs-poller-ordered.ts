// case: a long-polling SQS worker receives a batch, loads each referenced item, writes a result and deletes the message
// category: aws-sdk
// why: each GetCommand needs its message's body; the Put and the DeleteMessage are awaited for their
//      effect and must follow the read, so nothing runs together within an iteration or across them
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { score } from './scoring';

const sqs = new SQSClient({});
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const QueueUrl = process.env.QUEUE_URL!;

export async function pollOnce(): Promise<number> {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 20 }),
  );

  for (const message of Messages) {
    const { applicationId } = JSON.parse(message.Body ?? '{}');
    const { Item } = await ddb.send(new GetCommand({ TableName: 'applications', Key: { id: applicationId } }));

    await ddb.send(
      new PutCommand({ TableName: 'scores', Item: { id: applicationId, score: score(Item), at: Date.now() } }),
    );
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle }));
  }
  return Messages.length;
}
