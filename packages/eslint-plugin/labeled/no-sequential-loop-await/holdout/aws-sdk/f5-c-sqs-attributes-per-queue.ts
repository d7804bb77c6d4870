// case: an ops CLI prints the backlog of every queue named in a config object
// category: aws-sdk
// why: the loop runs over Object.entries of a config object that exists before it; each
//      GetQueueAttributes only reads its own queue and the row is set into a Map keyed by name, so
//      all the reads could start together
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { queues } from './config';

const sqs = new SQSClient({ region: process.env.AWS_REGION });

type Backlog = { visible: number; inFlight: number; delayed: number };

export async function backlogReport() {
  const report = new Map<string, Backlog>();

  /*@A*/ for (const [name, url] of Object.entries(queues)) {
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesNotVisible',
          'ApproximateNumberOfMessagesDelayed',
        ],
      }),
    );
    report.set(name, {
      visible: Number(Attributes.ApproximateNumberOfMessages ?? 0),
      inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
      delayed: Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0),
    });
  }

  console.table(Object.fromEntries(report));
  return report;
}
