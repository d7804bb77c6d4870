import { prisma } from './db';

export type AccountSummary = {
  id: string;
  name: string;
  plan: 'free' | 'team' | 'enterprise';
  seats: number;
  createdAt: Date;
};

export async function getAccount(accountId: string): Promise<AccountSummary | null> {
  const account = await prisma.account.findUnique({
    where: { id: accountId },
    select: { id: true, name: true, plan: true, createdAt: true, _count: { select: { members: true } } },
  });
  if (!account) return null;
  return {
    id: account.id,
    name: account.name,
    plan: account.plan,
    seats: account._count.members,
    createdAt: account.createdAt,
  };
}
