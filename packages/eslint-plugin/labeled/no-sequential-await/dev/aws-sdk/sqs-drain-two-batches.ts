// case: a worker receives two batches from the same SQS queue before processing them
// category: aws-sdk
// why: ReceiveMessage on one queue hides the messages it returns, so the second receive depends on
//      what the first took; a queue is a stateful source and its receives stay in order
import { SQSClient, ReceiveMessageCommand, DeleteMessageBatchCommand } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({});
const QueueUrl = process.env.JOBS_QUEUE_URL!;

export async function drainOnce(process: (body: string) => Promise<void>) {
  const first = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 2 }),
  );
  const second = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
  );

  const messages = [...(first.Messages ?? []), ...(second.Messages ?? [])];
  for (const m of messages) {
    await process(m.Body ?? '');
  }
  if (messages.length > 0) {
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl,
        Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
      }),
    );
  }
}
