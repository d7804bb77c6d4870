// case: after checkout the app emails the customer a receipt and the ops team an alert via Resend
// category: saas-sdks
// why: both emails.send calls are writes (each sends a message); the second must not go out when the
//      first failed, so neither can be gathered even though they use nothing of each other
import { Resend } from 'resend';
import { render } from '@react-email/render';
import { ReceiptEmail } from '../emails/receipt';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function notifyCheckout(order: { id: string; email: string; totalCents: number }) {
  const receipt = await resend.emails.send({
    from: 'Shop <receipts@shop.example>',
    to: [order.email],
    subject: `Your receipt for order ${order.id}`,
    html: await render(ReceiptEmail({ orderId: order.id, totalCents: order.totalCents })),
  });
  if (receipt.error) throw new Error(receipt.error.message);

  const alert = await resend.emails.send({
    from: 'Shop bot <bot@shop.example>',
    to: ['ops@shop.example'],
    subject: `New order ${order.id}`,
    text: `Order ${order.id} for ${(order.totalCents / 100).toFixed(2)} was paid.`,
  });

  return { receiptId: receipt.data?.id, alertId: alert.data?.id };
}
