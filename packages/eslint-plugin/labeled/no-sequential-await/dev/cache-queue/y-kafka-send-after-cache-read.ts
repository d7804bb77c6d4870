// case: a product view handler reads the product hash from Redis, then publishes a product.viewed event with KafkaJS
// category: cache-queue
// why: the Kafka send does not use the product, but it is a write (a published message) coming after a read;
//      started together, a failing HGETALL would no longer stop the event from being published, so the send
//      must wait for the read and the two are not a group
import { Kafka } from 'kafkajs';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);
const kafka = new Kafka({ clientId: 'catalog-api', brokers: process.env.KAFKA_BROKERS!.split(',') });
const producer = kafka.producer({ idempotent: true });

export async function viewProduct(productId: string, userId: string | null) {
  const product = await redis.hgetall(`product:${productId}`);
  const [record] = await producer.send({
    topic: 'catalog.product-viewed',
    acks: -1,
    messages: [
      { key: productId, value: JSON.stringify({ productId, userId, viewedAt: new Date().toISOString() }) },
    ],
  });
  return {
    product: Object.keys(product).length ? product : null,
    trace: { partition: record.partition, offset: record.baseOffset },
  };
}
