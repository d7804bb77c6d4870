// case: an order detail service reads the order, records an audit event, then reads shipments and refunds
// category: statements-between
// why: the audit record is awaited for its effect, so the order read cannot join anything after it; after
//      the audit, the shipments and refunds reads are independent (group A)
import { audit } from '@/server/audit';
import { getOrder, getRefunds, getShipments } from '@/server/orders';

export async function orderDetail(orderId: string, viewerId: string) {
  const order = await getOrder(orderId);
  await audit.record({ actor: viewerId, action: 'order.view', target: orderId });

  const shipments = /*@A*/ await getShipments(orderId);
  const refunds = /*@A*/ await getRefunds(orderId);

  return {
    ...order,
    shipments,
    refunds,
    refundedTotal: refunds.reduce((sum, r) => sum + r.amount, 0),
  };
}
