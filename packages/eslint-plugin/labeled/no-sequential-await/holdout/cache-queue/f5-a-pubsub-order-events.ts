// case: an order service ensures its Pub/Sub topic exists, then publishes the order event and an analytics event
// category: cache-queue
// why: topic.exists decides whether createTopic runs (in a branch); the two publishMessage calls
//      are sends (writes): the analytics publish must not start before the order publish has
//      settled, or it would go out for an order whose event failed. No group.
import { PubSub } from '@google-cloud/pubsub';

const pubsub = new PubSub({ projectId: process.env.GCP_PROJECT });
const orders = pubsub.topic('orders', { messageOrdering: true });
const analytics = pubsub.topic('analytics-events');

interface Order {
  id: string;
  customerId: string;
  tenantId: string;
  total: number;
  currency: string;
}

export async function publishOrderPlaced(order: Order) {
  const [exists] = await orders.exists();
  if (!exists) {
    await pubsub.createTopic('orders');
  }

  const messageId = await orders.publishMessage({
    json: { type: 'order.placed', order },
    attributes: { tenant: order.tenantId },
    orderingKey: order.customerId,
  });
  const analyticsId = await analytics.publishMessage({
    json: { event: 'checkout_completed', value: order.total, currency: order.currency },
  });
  return { messageId, analyticsId };
}
