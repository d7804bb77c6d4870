import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!, { max: 10 });

export class ForbiddenError extends Error {}

export async function assertAccountAccess(viewerId: string, accountId: string) {
  const [row] = await sql`
    select 1 from account_members where account_id = ${accountId} and user_id = ${viewerId}
  `;
  if (!row) throw new ForbiddenError(`no access to account ${accountId}`);
}

export async function getAccount(accountId: string) {
  const [account] = await sql`
    select id, name, plan, created_at, last_seen_at from accounts where id = ${accountId}
  `;
  return account ?? null;
}

export async function getOpenTickets(accountId: string) {
  return sql`
    select id, subject, priority, opened_at
    from tickets
    where account_id = ${accountId} and status = 'open'
    order by priority desc, opened_at asc
    limit 20
  `;
}

export async function touchLastSeen(accountId: string) {
  const [row] = await sql`
    update accounts set last_seen_at = now() where id = ${accountId} returning last_seen_at
  `;
  return row.last_seen_at as Date;
}

export async function getActivitySummary(accountId: string) {
  const [row] = await sql`
    select a.last_seen_at,
           (select count(*) from events e where e.account_id = a.id and e.at > now() - interval '7 days') as events_7d
    from accounts a
    where a.id = ${accountId}
  `;
  return row;
}
