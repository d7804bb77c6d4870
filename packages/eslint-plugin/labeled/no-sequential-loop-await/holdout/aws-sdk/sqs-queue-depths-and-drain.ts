// case: an ops script prints the depth of every queue, then pulls a sample from each dead-letter queue
// category: aws-sdk
// why: GetQueueAttributesCommand only reads, one call per known queue URL, so the first loop is reported;
//      ReceiveMessageCommand takes messages off a queue (they become invisible), a stateful source,
//      so the second loop stays in order
import { SQSClient, GetQueueAttributesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({ region: 'us-east-1' });

const QUEUES: Record<string, string> = {
  emails: process.env.EMAILS_QUEUE_URL!,
  thumbnails: process.env.THUMBNAILS_QUEUE_URL!,
  billing: process.env.BILLING_QUEUE_URL!,
};

export async function report(deadLetterUrls: string[]) {
  const depths: Array<{ name: string; visible: number; inFlight: number }> = [];
  /*@A*/ for (const [name, url] of Object.entries(QUEUES)) {
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    depths.push({
      name,
      visible: Number(Attributes?.ApproximateNumberOfMessages ?? 0),
      inFlight: Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0),
    });
  }
  console.table(depths);

  for (const url of deadLetterUrls) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 5, WaitTimeSeconds: 1 }),
    );
    console.log(url, Messages.map((m) => m.Body?.slice(0, 120)));
  }
}
