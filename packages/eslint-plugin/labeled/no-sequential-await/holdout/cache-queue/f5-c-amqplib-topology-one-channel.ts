// case: a worker declares its RabbitMQ topology on one channel, then consumes and acks after work
// category: cache-queue
// why: connect feeds createChannel; every later call goes through that one channel, which runs one
//      RPC at a time, and the declarations create exchanges and queues in the order the topology
//      needs (the DLX before the queue that names it, the queue before the bind, prefetch before
//      consume); in the handler the ack is sent only after processInvoice finished
import amqp from 'amqplib';
import { processInvoice } from './invoices';

export async function startInvoiceWorker() {
  const connection = await amqp.connect(process.env.AMQP_URL!);
  const channel = await connection.createChannel();

  const exchange = await channel.assertExchange('billing', 'topic', { durable: true });
  const dlx = await channel.assertExchange('billing.dlx', 'fanout', { durable: true });
  const queue = await channel.assertQueue('invoices.generate', {
    durable: true,
    deadLetterExchange: dlx.exchange,
  });
  await channel.bindQueue(queue.queue, exchange.exchange, 'invoice.*');
  await channel.prefetch(5);

  const { consumerTag } = await channel.consume(queue.queue, async (msg) => {
    if (!msg) return;
    try {
      await processInvoice(JSON.parse(msg.content.toString()));
      channel.ack(msg);
    } catch (err) {
      console.error('invoice failed', err);
      channel.nack(msg, false, false);
    }
  });

  return { connection, channel, consumerTag };
}
