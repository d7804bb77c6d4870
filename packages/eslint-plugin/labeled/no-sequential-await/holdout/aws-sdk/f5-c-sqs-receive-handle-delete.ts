// case: an SQS worker receives one message, extends its visibility for big jobs, renders, then deletes it
// category: aws-sdk
// why: ReceiveMessage pulls from a queue (a stateful source) and everything after needs its
//      receipt handle or body; the visibility change is a conditional discarded write; the render
//      result is only logged, but DeleteMessage (the ack) must wait until the render succeeded,
//      so nothing here may run together
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { isLarge, renderThumbnail } from './thumbnails';

const sqs = new SQSClient({});
const QueueUrl = process.env.THUMBNAIL_QUEUE_URL!;

export async function pollOnce(): Promise<boolean> {
  const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1, WaitTimeSeconds: 20 }));
  const message = out.Messages?.[0];
  if (!message?.ReceiptHandle) return false;

  const job = JSON.parse(message.Body ?? '{}') as { bucket: string; key: string; bytes: number };
  if (isLarge(job)) {
    await sqs.send(
      new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 900 }),
    );
  }

  const thumb = await renderThumbnail(job.bucket, job.key);
  await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle }));
  console.log('thumbnail written', thumb.key);
  return true;
}
