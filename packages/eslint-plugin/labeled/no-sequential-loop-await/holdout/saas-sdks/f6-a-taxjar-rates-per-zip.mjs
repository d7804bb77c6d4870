// case: a marketplace tax report looks up the TaxJar combined rate for every distinct ship-to ZIP of last month's orders
// category: saas-sdks
// why: the loop runs over a Set built before it from the orders; each iteration awaits ratesForLocation
//      (a read) for its own ZIP and sets a Map key. Iterations share nothing and the loop never stops
//      early, so all lookups could start together: one report.
import Taxjar from 'taxjar';
import { sql } from '../db/sql.mjs';

const taxjar = new Taxjar({ apiKey: process.env.TAXJAR_API_KEY });

export async function combinedRatesForMonth(month) {
  const orders = await sql`
    select id, ship_zip, ship_state, subtotal_cents
    from orders
    where date_trunc('month', placed_at) = ${month} and ship_country = 'US'
  `;

  const zips = new Set(orders.map((o) => o.ship_zip));
  const rateByZip = new Map();

  /*@A*/ for (const zip of zips) {
    const { rate } = await taxjar.ratesForLocation(zip, { country: 'US' });
    rateByZip.set(zip, Number(rate.combined_rate));
  }

  return orders.map((o) => ({
    orderId: o.id,
    zip: o.ship_zip,
    estimatedTaxCents: Math.round(o.subtotal_cents * (rateByZip.get(o.ship_zip) ?? 0)),
  }));
}
