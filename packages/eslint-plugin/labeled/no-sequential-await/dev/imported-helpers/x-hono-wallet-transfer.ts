// case: a Hono route moves money between two wallets inside a pg transaction helper
// category: imported-helpers
// why: withLedger takes one client from pool.connect(), sends BEGIN and hands that client to the
//      callback; the two getBalance calls are SELECT … FOR UPDATE queries on that one connection,
//      inside the transaction, so they run in order (one connection runs one query at a time and
//      the row locks are taken in a fixed order). The body parse feeds everything after it
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';

import { getBalance, postTransfer, withLedger } from './_modules/x/lib/ledger';

const TransferBody = z.object({
  from: z.string().uuid(),
  to: z.string().uuid(),
  amountCents: z.coerce.bigint().positive(),
});

export const wallets = new Hono();

wallets.post('/transfers', async c => {
  const input = TransferBody.parse(await c.req.json());
  if (input.from === input.to) throw new HTTPException(422, { message: 'cannot transfer to the same wallet' });

  const transfer = await withLedger(async ledger => {
    const source = await getBalance(ledger, input.from);
    const target = await getBalance(ledger, input.to);
    if (source.currency !== target.currency) throw new HTTPException(422, { message: 'currency mismatch' });
    if (source.balance < input.amountCents) throw new HTTPException(422, { message: 'insufficient funds' });
    return postTransfer(ledger, { from: source.id, to: target.id, amount: input.amountCents });
  });

  return c.json({ id: transfer.id, createdAt: transfer.created_at }, 201);
});
