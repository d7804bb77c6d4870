// case: a reindex worker pulls a batch of RabbitMQ messages with channel.get, then handles and acks each
// category: cache-queue
// why: the while loop pulls from a queue (a stateful source, and a while loop); in the for loop
//      each reindex is a discarded await, a write, and every message is acked on the one channel
//      only after its handling finished, so the loop stays in order
import amqp, { type GetMessage } from 'amqplib';
import { reindexDocument } from './search-index';

export async function drainReindexBatch(max = 50) {
  const connection = await amqp.connect(process.env.AMQP_URL!);
  const channel = await connection.createChannel();
  await channel.assertQueue('search.reindex', { durable: true });

  const batch: GetMessage[] = [];
  while (batch.length < max) {
    const msg = await channel.get('search.reindex', { noAck: false });
    if (!msg) break;
    batch.push(msg);
  }

  for (const msg of batch) {
    const { documentId } = JSON.parse(msg.content.toString()) as { documentId: string };
    await reindexDocument(documentId);
    channel.ack(msg);
  }

  await channel.close();
  await connection.close();
  return batch.length;
}
