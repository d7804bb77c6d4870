// case: a receipt mailer reads the user's preferences, copies locale and currency into a shared format object, then builds the receipt
// category: statements-between
// why: the two assignments between the awaits use the preferences and change the format object that
//      buildReceipt reads when it formats prices, so the receipt needs the preferences first
import { prisma } from '@/lib/prisma';
import { resend } from '@/lib/resend';

const format = { locale: 'en-US', currency: 'USD' };

async function buildReceipt(orderId: string) {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true } });
  const money = new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currency });
  const lines = order.items.map((item) => `${item.name} x${item.qty}: ${money.format(item.priceCents / 100)}`);
  return `${lines.join('\n')}\nTotal: ${money.format(order.totalCents / 100)}`;
}

export async function sendReceipt(userId: string, orderId: string) {
  const prefs = await prisma.preference.findUniqueOrThrow({
    where: { userId },
    include: { user: { select: { email: true } } },
  });
  format.locale = prefs.locale;
  format.currency = prefs.currency;
  const text = await buildReceipt(orderId);

  await resend.emails.send({
    from: 'Shop <receipts@shop.example>',
    to: prefs.user.email,
    subject: 'Your receipt',
    text,
  });
}
