// case: an ops command drains a dead-letter queue, replaying and deleting each message
// category: aws-sdk
// why: not reported: the outer loop receives from a queue (a stateful source) and stops with
//      break when it is empty; the inner loop awaits the handler for its effect and deletes
//      each message, a write
import { SQSClient, ReceiveMessageCommand, DeleteMessageCommand } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({});

export async function drainDeadLetters(queueUrl: string, replay: (body: unknown) => Promise<void>) {
  let replayed = 0;
  for (let round = 0; round < 50; round++) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 2 }),
    );
    if (Messages.length === 0) break;

    for (const msg of Messages) {
      await replay(JSON.parse(msg.Body ?? '{}'));
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: msg.ReceiptHandle! }));
      replayed++;
    }
  }
  return replayed;
}
