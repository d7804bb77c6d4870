// case: a checkout service captures a PayPal order with a request id, reads the order back for the capture id and records the payment
// category: saas-sdks
// why: captureOrder moves money and its status is checked before anything else; getOrder takes only the
//      order id but reads the same PayPal order right after that write, so it must wait; the payment
//      insert uses getOrder's capture. Every await is ordered: a negative case.
import { Client, Environment, OrdersController } from '@paypal/paypal-server-sdk';
import { prisma } from '../db/prisma';

const client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: process.env.PAYPAL_CLIENT_ID!,
    oAuthClientSecret: process.env.PAYPAL_CLIENT_SECRET!,
  },
  environment: process.env.NODE_ENV === 'production' ? Environment.Production : Environment.Sandbox,
});
const ordersController = new OrdersController(client);

export async function capturePaypalCheckout(paypalOrderId: string, cartId: string) {
  const { result: captured } = await ordersController.captureOrder({
    id: paypalOrderId,
    prefer: 'return=minimal',
    paypalRequestId: `capture-${cartId}`,
  });
  if (captured.status !== 'COMPLETED') {
    throw new Error(`PayPal order ${paypalOrderId} not captured: ${captured.status}`);
  }

  const { result: order } = await ordersController.getOrder({ id: paypalOrderId });
  const capture = order.purchaseUnits?.[0]?.payments?.captures?.[0];

  await prisma.payment.create({
    data: {
      cartId,
      provider: 'paypal',
      externalId: capture?.id ?? paypalOrderId,
      amount: capture?.amount?.value ?? '0.00',
      currency: capture?.amount?.currencyCode ?? 'USD',
    },
  });

  return order;
}
