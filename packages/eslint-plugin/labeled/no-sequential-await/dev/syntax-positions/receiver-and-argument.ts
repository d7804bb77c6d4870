// case: a receipt is sent with `(await getMailer()).sendMail(await buildReceipt(order))`
// category: syntax-positions
// why: the receiver is awaited first and the argument second; neither uses the other, so they can
//      run together; the outer await is the send itself and needs both
import { buildReceipt } from '../mail/receipt';
import { getMailer } from '../mail/transport';
import type { Order } from '../orders/types';

export async function sendReceipt(order: Order): Promise<string> {
  const info = await (/*@A*/ await getMailer('transactional')).sendMail(/*@A*/ await buildReceipt(order));
  if (info.rejected.length > 0) {
    throw new Error(`receipt for ${order.id} rejected by ${info.rejected.join(', ')}`);
  }
  return info.messageId;
}
