import type { PoolClient } from 'pg';

import { pool } from './pg';

export type Ledger = PoolClient;

export async function withLedger<T>(work: (ledger: Ledger) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function getBalance(ledger: Ledger, accountId: string) {
  const { rows } = await ledger.query<{ id: string; balance_cents: string; currency: string }>(
    'SELECT id, balance_cents, currency FROM wallets WHERE id = $1 FOR UPDATE',
    [accountId],
  );
  if (!rows[0]) throw new Error(`wallet ${accountId} not found`);
  return { id: rows[0].id, balance: BigInt(rows[0].balance_cents), currency: rows[0].currency };
}

export async function postTransfer(ledger: Ledger, transfer: { from: string; to: string; amount: bigint }) {
  await ledger.query('UPDATE wallets SET balance_cents = balance_cents - $2 WHERE id = $1', [transfer.from, transfer.amount]);
  await ledger.query('UPDATE wallets SET balance_cents = balance_cents + $2 WHERE id = $1', [transfer.to, transfer.amount]);
  const { rows } = await ledger.query<{ id: string; created_at: Date }>(
    'INSERT INTO transfers (from_wallet, to_wallet, amount_cents) VALUES ($1, $2, $3) RETURNING id, created_at',
    [transfer.from, transfer.to, transfer.amount],
  );
  return rows[0];
}
