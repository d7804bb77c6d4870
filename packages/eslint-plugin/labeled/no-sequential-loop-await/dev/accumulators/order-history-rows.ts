// case: an account page collects the shipment status of each recent order into an array
// category: accumulators
// why: carrier.track is a read per tracking number; the row is pushed into an array declared just
//      before the loop and nothing is read back from it inside the loop
import { carrier } from '../integrations/carrier';

type Order = { id: string; trackingNumber: string | null; placedAt: Date };

export async function shipmentRows(orders: Order[]) {
  const rows: { orderId: string; status: string; eta: string | null }[] = [];
  /*@A*/ for (const order of orders) {
    if (!order.trackingNumber) {
      rows.push({ orderId: order.id, status: 'not shipped', eta: null });
      continue;
    }
    const tracking = await carrier.track(order.trackingNumber);
    rows.push({ orderId: order.id, status: tracking.status, eta: tracking.estimatedDelivery ?? null });
  }
  return rows;
}
