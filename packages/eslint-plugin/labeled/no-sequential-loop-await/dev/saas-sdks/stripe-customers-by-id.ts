// case: an admin export resolves the Stripe customer behind each account
// category: saas-sdks
// why: stripe.customers.retrieve is a read; each account's customer is fetched independently and
//      set in a Map by account id, which a rewrite can keep
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2025-03-31.basil' });

type Account = { id: string; stripeCustomerId: string | null };

export async function customersFor(accounts: Account[]) {
  const byAccount = new Map<string, Stripe.Customer | Stripe.DeletedCustomer>();
  /*@A*/ for (const account of accounts) {
    if (!account.stripeCustomerId) continue;
    const customer = await stripe.customers.retrieve(account.stripeCustomerId, {
      expand: ['invoice_settings.default_payment_method'],
    });
    byAccount.set(account.id, customer);
  }
  return byAccount;
}
