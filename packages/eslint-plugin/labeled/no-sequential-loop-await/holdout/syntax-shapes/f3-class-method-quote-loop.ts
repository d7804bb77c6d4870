// case: a pricing service method loops over SKUs and asks its rates client for a quote per SKU
// category: syntax-shapes
// why: the loop sits in a class method and reads `this.client` and `this.currency`, which no call changes;
//      each quote is a GET for one SKU and the result goes into the returned array
interface RatesClient {
  quote(sku: string, opts: { currency: string; qty: number }): Promise<{ unitCents: number; validUntil: string }>;
}

export class PricingService {
  constructor(
    private readonly client: RatesClient,
    private readonly currency: 'EUR' | 'USD' | 'GBP' = 'EUR',
  ) {}

  async quoteCart(lines: ReadonlyArray<{ sku: string; qty: number }>) {
    const quotes: Array<{ sku: string; totalCents: number; validUntil: string }> = [];
    /*@A*/ for (const line of lines) {
      const q = await this.client.quote(line.sku, { currency: this.currency, qty: line.qty });
      quotes.push({ sku: line.sku, totalCents: q.unitCents * line.qty, validUntil: q.validUntil });
    }
    return quotes;
  }

  describe() {
    return `PricingService(${this.currency})`;
  }
}
