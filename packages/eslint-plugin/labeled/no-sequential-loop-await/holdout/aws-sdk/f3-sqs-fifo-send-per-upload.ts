// case: after a batch upload, each image gets a thumbnail job sent to a FIFO SQS queue and the message ids are kept
// category: aws-sdk
// why: SendMessageCommand enqueues a message, a write; the result is used, but the sends are ordered
//      effects on a FIFO queue and must not be started together
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({ region: process.env.AWS_REGION });
const QueueUrl = process.env.THUMBNAIL_QUEUE_URL!;

interface Upload {
  key: string;
  width: number;
  albumId: string;
}

export async function enqueueThumbnails(uploads: Upload[]): Promise<string[]> {
  const messageIds: string[] = [];
  for (const upload of uploads) {
    const { MessageId } = await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: JSON.stringify({ key: upload.key, width: upload.width }),
        MessageGroupId: upload.albumId,
        MessageDeduplicationId: `${upload.key}:${upload.width}`,
      }),
    );
    if (MessageId) messageIds.push(MessageId);
  }
  return messageIds;
}
