import { prisma } from './db';

export async function getOrg(id: string) {
  return prisma.organization.findUniqueOrThrow({
    where: { id },
    select: { id: true, name: true, stripeCustomerId: true, warehouseId: true },
  });
}
