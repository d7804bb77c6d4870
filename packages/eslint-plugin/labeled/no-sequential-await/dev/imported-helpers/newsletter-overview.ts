// case: an admin page loads a list's subscriber count and its campaigns from a data module
// category: imported-helpers
// why: a Prisma count and a findMany on two tables, both reads through helpers: independent
import { countSubscribers, listCampaigns } from './_modules/data/db';

export default async function ListPage({ params }: { params: { listId: string } }) {
  const subscribers = /*@A*/ await countSubscribers(params.listId);
  const campaigns = /*@A*/ await listCampaigns(params.listId);
  return { subscribers, campaigns };
}
