// case: a local helper writes the Authorization header into the options that fetch then receives
// category: local-helpers
// why: signRequest mutates options.headers and fetch reads the same options object, so fetch has
//      to wait for the helper even though it does not use the returned token
import { getAccessToken } from './auth';
import type { Invoice } from './types';

interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

async function signRequest(options: RequestOptions): Promise<string> {
  const token = await getAccessToken('billing');
  options.headers = { ...options.headers, Authorization: `Bearer ${token}` };
  return token;
}

export async function postInvoice(invoice: Invoice) {
  const options: RequestOptions = {
    method: 'POST',
    body: JSON.stringify(invoice),
    headers: { 'Content-Type': 'application/json' },
  };
  const token = await signRequest(options);
  const res = await fetch('https://billing.internal/invoices', options);
  if (!res.ok) throw new Error(`billing responded ${res.status} (token ${token.slice(0, 6)}…)`);
  return res.json();
}
