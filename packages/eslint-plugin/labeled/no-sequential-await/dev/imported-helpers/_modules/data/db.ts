import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient();

export async function countSubscribers(listId: string) {
  return prisma.subscriber.count({ where: { listId } });
}

export async function subscribe(listId: string, email: string) {
  return prisma.subscriber.create({ data: { listId, email } });
}

export async function listCampaigns(listId: string) {
  return prisma.campaign.findMany({ where: { listId }, orderBy: { sentAt: 'desc' } });
}
