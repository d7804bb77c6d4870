// case: order details throws when the order is missing before reading the customer
// category: statements-between
// why: the not-found check reads the order result, so the group ends there even though the
//      customer read does not use the order
import { NotFoundError } from '../errors';
import { customers, orders } from '../repositories';

export async function orderDetails(orderId: string, customerId: string) {
  const order = await orders.findById(orderId);
  if (!order) throw new NotFoundError(`order ${orderId}`);
  const customer = await customers.findById(customerId);
  return {
    order,
    customer,
    canReorder: order.status === 'delivered',
  };
}
