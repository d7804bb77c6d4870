// case: an Express checkout route opens a checkout through an imported helper, then reads cart totals and a shipping quote with it
// category: imported-helpers
// why: openCheckout takes one client from pool.connect(), runs BEGIN and locks the cart row, and
//      returns that client; loadCartTotals and quoteShipping both query through that one connection inside
//      the open transaction, so they cannot run at the same time and stay in order
import express from 'express';
import { finishCheckout, loadCartTotals, openCheckout, quoteShipping } from './_modules/orders/checkout';

export const checkout = express.Router();

checkout.post('/api/carts/:cartId/checkout', express.json(), async (req, res, next) => {
  const { cartId } = req.params;
  const postcode = String(req.body?.postcode ?? '').replace(/\s+/g, '').toUpperCase();

  let db;
  try {
    db = await openCheckout(cartId);
    const totals = await loadCartTotals(db, cartId);
    const shipping = await quoteShipping(db, cartId, postcode);

    if (!shipping) {
      await finishCheckout(db, false);
      return res.status(422).json({ error: 'no_shipping_to_postcode' });
    }

    await db.query('UPDATE carts SET status = $2, shipping_cents = $3 WHERE id = $1', [cartId, 'priced', shipping.cents]);
    await finishCheckout(db, true);
    res.json({ subtotalCents: totals.subtotal, shipping, totalCents: totals.subtotal + shipping.cents });
  } catch (err) {
    if (db) await finishCheckout(db, false).catch(() => {});
    next(err);
  }
});
