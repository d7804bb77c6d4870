// case: a KafkaJS relay: connect, encode with the schema registry, send to two topics, and a transactional batch relay
// category: cache-queue
// why: producer.connect is awaited for its effect; encode needs the schema id; the two sends are
//      writes and the second must not start before the first settled. In relayBatch every send,
//      sendOffsets and commit runs in one Kafka transaction, in order, even the two sends whose
//      results are kept. No group
import { CompressionTypes, Kafka } from 'kafkajs';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import type { OrderPlaced, OutboxRow } from './types';

const kafka = new Kafka({ clientId: 'orders-relay', brokers: process.env.KAFKA_BROKERS!.split(',') });
const registry = new SchemaRegistry({ host: process.env.SCHEMA_REGISTRY_URL! });
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
const txProducer = kafka.producer({ transactionalId: 'orders-relay-tx', idempotent: true, maxInFlightRequests: 1 });

export async function publishOrderPlaced(order: OrderPlaced) {
  await producer.connect();
  const schemaId = await registry.getLatestSchemaId('orders.placed-value');
  const value = await registry.encode(schemaId, order);
  await producer.send({
    topic: 'orders.placed',
    compression: CompressionTypes.GZIP,
    messages: [{ key: order.id, value }],
  });
  await producer.send({
    topic: 'audit.events',
    messages: [{ key: order.id, value: JSON.stringify({ type: 'order.placed', orderId: order.id, at: Date.now() }) }],
  });
}

export async function relayBatch(groupId: string, source: { topic: string; partition: number }, rows: OutboxRow[]) {
  await txProducer.connect();
  const txn = await txProducer.transaction();
  try {
    const placed = await txn.send({
      topic: 'orders.placed',
      messages: rows.map((r) => ({ key: r.aggregateId, value: r.payload })),
    });
    const audited = await txn.send({
      topic: 'audit.events',
      messages: rows.map((r) => ({ key: r.aggregateId, value: JSON.stringify({ type: r.type, id: r.id }) })),
    });
    await txn.sendOffsets({
      consumerGroupId: groupId,
      topics: [
        {
          topic: source.topic,
          partitions: [{ partition: source.partition, offset: String(rows[rows.length - 1].offset + 1n) }],
        },
      ],
    });
    await txn.commit();
    return { placed, audited };
  } catch (err) {
    await txn.abort();
    throw err;
  }
}
