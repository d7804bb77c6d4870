// case: an account-manager view loads each customer of a portfolio with its subscriptions from Stripe
// category: saas-sdks
// why: customers.retrieve and subscriptions.list are reads; the second uses only the loop item, not the
//      result of another iteration, and each iteration pushes its own row
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export interface PortfolioRow {
  id: string;
  email: string | null;
  mrr: number;
}

export async function loadPortfolio(customerIds: string[]): Promise<PortfolioRow[]> {
  const rows: PortfolioRow[] = [];
  /*@A*/ for (const id of customerIds) {
    const customer = await stripe.customers.retrieve(id);
    if (customer.deleted) continue;
    const subs = await stripe.subscriptions.list({ customer: id, status: 'active', limit: 20 });
    const mrr = subs.data
      .flatMap((s) => s.items.data)
      .reduce((sum, item) => sum + (item.price.unit_amount ?? 0) * (item.quantity ?? 1), 0);
    rows.push({ id, email: customer.email, mrr });
  }
  return rows.sort((a, b) => b.mrr - a.mrr);
}
