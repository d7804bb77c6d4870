// case: a support view reads the CRM profile inside a try that tolerates "not found", then lists the shop's orders
// category: statements-between
// why: the profile await lives in the try block and the orders await in the function body, two different
//      statement lists, so they are not one sequence the rule can merge
import { crm, NotFoundError } from '@/server/crm';
import { shop } from '@/server/shop';

type Profile = { id: string; name: string; tier: 'free' | 'vip' };

export async function customerView(email: string) {
  let profile: Profile | null;
  try {
    profile = await crm.getProfile(email);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    profile = null;
  }

  const orders = await shop.listOrders({ email, limit: 25 });
  return { profile, orders, vip: profile?.tier === 'vip' };
}
