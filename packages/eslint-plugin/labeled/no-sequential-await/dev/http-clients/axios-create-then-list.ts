// case: an integration registers a webhook over REST with axios and then lists all webhooks
// category: http-clients
// why: the POST creates a webhook and the GET lists the same collection, so the list must see the
//      write and runs after it
import axios from 'axios';

const partner = axios.create({
  baseURL: 'https://api.partner.example/v1',
  headers: { authorization: `Bearer ${process.env.PARTNER_TOKEN}` },
});

interface Webhook { id: string; url: string; events: string[] }

export async function ensureWebhook(url: string) {
  const { data: created } = await partner.post<Webhook>('/webhooks', {
    url,
    events: ['order.created', 'order.refunded'],
  });
  const { data: all } = await partner.get<Webhook[]>('/webhooks');

  const duplicates = all.filter((w) => w.url === url && w.id !== created.id);
  return { created, duplicates: duplicates.map((d) => d.id) };
}
