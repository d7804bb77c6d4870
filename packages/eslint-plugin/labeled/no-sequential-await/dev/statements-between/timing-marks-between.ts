// case: a quote endpoint records timing marks between the catalog read and the shipping-zone read
// category: statements-between
// why: performance.now() between the reads uses no result and changes nothing the second read
//      takes; combining them only changes the timings
import { performance } from 'node:perf_hooks';
import { Histogram } from 'prom-client';
import { catalog, shipping } from '../clients';

const stepDuration = new Histogram({ name: 'quote_step_ms', help: 'quote step duration', labelNames: ['step'] });

export async function priceQuote(sku: string, zip: string) {
  const t0 = performance.now();
  const product = /*@A*/ await catalog.product(sku);
  const tCatalog = performance.now();
  const zone = /*@A*/ await shipping.zoneFor(zip);
  stepDuration.observe({ step: 'catalog' }, tCatalog - t0);
  stepDuration.observe({ step: 'total' }, performance.now() - t0);
  return { price: product.priceCents, shippingCents: zone.baseRateCents + product.weightGrams * zone.perGramCents };
}
