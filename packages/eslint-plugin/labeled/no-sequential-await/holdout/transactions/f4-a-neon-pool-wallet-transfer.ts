// case: a Worker moves credits between two wallets in a Postgres transaction over a Neon pool client, plus a one-shot HTTP transaction for a statement
// category: transactions
// why: the body is validated before any connection is taken; everything after BEGIN goes through one
//      pool client inside a transaction (the two FOR UPDATE selects look independent but lock rows in a
//      fixed order on the same connection), the updates/insert are ordered writes and COMMIT/ROLLBACK
//      are discarded; the statement handler's sql.transaction() is a single await
import { neon, Pool } from '@neondatabase/serverless';

interface Env {
  DATABASE_URL: string;
}

type Transfer = { from: string; to: string; amountCents: number; reference: string };

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/statement') {
      return statement(env, url.searchParams.get('wallet') ?? '');
    }

    const transfer = await request.json<Transfer>();
    if (!(transfer.amountCents > 0) || transfer.from === transfer.to) {
      return Response.json({ error: 'invalid transfer' }, { status: 400 });
    }

    const pool = new Pool({ connectionString: env.DATABASE_URL });
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: [source] } = await client.query<{ balance_cents: number }>(
        'SELECT balance_cents FROM wallets WHERE id = $1 FOR UPDATE',
        [transfer.from],
      );
      const { rows: [target] } = await client.query<{ id: string }>('SELECT id FROM wallets WHERE id = $1 FOR UPDATE', [
        transfer.to,
      ]);
      if (!source || !target || source.balance_cents < transfer.amountCents) {
        await client.query('ROLLBACK');
        return Response.json({ error: 'insufficient funds or unknown wallet' }, { status: 409 });
      }

      await client.query('UPDATE wallets SET balance_cents = balance_cents - $1 WHERE id = $2', [
        transfer.amountCents,
        transfer.from,
      ]);
      await client.query('UPDATE wallets SET balance_cents = balance_cents + $1 WHERE id = $2', [
        transfer.amountCents,
        transfer.to,
      ]);
      const { rows: [entry] } = await client.query<{ id: string; created_at: string }>(
        'INSERT INTO ledger (from_wallet, to_wallet, amount_cents, reference) VALUES ($1, $2, $3, $4) RETURNING id, created_at',
        [transfer.from, transfer.to, transfer.amountCents, transfer.reference],
      );
      await client.query('COMMIT');
      return Response.json(entry, { status: 201 });
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
      ctx.waitUntil(pool.end());
    }
  },
} satisfies ExportedHandler<Env>;

async function statement(env: Env, walletId: string): Promise<Response> {
  const sql = neon(env.DATABASE_URL);
  const [[wallet], entries] = await sql.transaction(
    [
      sql`select id, balance_cents from wallets where id = ${walletId}`,
      sql`select id, from_wallet, to_wallet, amount_cents, created_at from ledger
          where from_wallet = ${walletId} or to_wallet = ${walletId}
          order by created_at desc limit 100`,
    ],
    { isolationLevel: 'RepeatableRead', readOnly: true },
  );
  return Response.json({ wallet, entries });
}
