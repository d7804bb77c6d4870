// case: a Temporal workflow fulfils an order: load it, look up the customer tier and a shipping quote, wait for approval on big orders, reserve, charge, ship, confirm
// category: serverless
// why: Temporal activities scheduled together run in parallel and the workflow stays deterministic, so
//      the tier lookup and the shipping quote (both read-only, both only need the loaded order) are
//      group A; getOrder comes first because both need it; the approval wait is a branch on the tier;
//      reserve, charge, ship and confirm are writes in saga order (charge uses the quote, ship uses the
//      reservation), sleep is pacing and the compensation runs in a catch
import {
  ApplicationFailure,
  condition,
  defineSignal,
  proxyActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow';
import type * as activities from './activities';

const {
  getOrder,
  getCustomerTier,
  quoteShipping,
  reserveInventory,
  releaseInventory,
  chargePayment,
  createShipment,
  sendConfirmation,
} = proxyActivities<typeof activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 5, initialInterval: '2 seconds' },
});

export const approveOrder = defineSignal<[boolean]>('approveOrder');

export async function fulfillOrder(orderId: string): Promise<string> {
  let approved: boolean | undefined;
  setHandler(approveOrder, (ok) => {
    approved = ok;
  });

  const order = await getOrder(orderId);
  const tier = /*@A*/ await getCustomerTier(order.customerId);
  const shipping = /*@A*/ await quoteShipping(order.address, order.weightGrams);

  if (order.totalCents > 50_000 && tier !== 'gold') {
    const answered = await condition(() => approved !== undefined, '24 hours');
    if (!answered || !approved) {
      throw ApplicationFailure.nonRetryable(`order ${orderId} was not approved`);
    }
  }

  const reservation = await reserveInventory(order.items);
  let paymentId: string;
  try {
    paymentId = await chargePayment(order.customerId, order.totalCents + shipping.cents, `order-${orderId}`);
  } catch (err) {
    await releaseInventory(reservation.id);
    throw err;
  }

  const shipment = await createShipment(orderId, reservation.id, shipping.carrier);
  await sleep('10 minutes');
  await sendConfirmation(order.customerId, { orderId, paymentId, tracking: shipment.trackingNumber });
  return shipment.trackingNumber;
}
