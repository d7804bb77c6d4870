// case: a settings page reads the last delivery of each registered webhook from a Map
// category: syntax-shapes
// why: loop A iterates Map entries with a destructured [id, endpoint]; each iteration GETs its
//      own webhook's deliveries (a read) and sets the result by id in another Map
import ky from 'ky';

type Endpoint = { url: string; secretHint: string };
type Delivery = { status: number; at: string };

const api = ky.create({ prefixUrl: process.env.HOOKS_API!, headers: { authorization: `Bearer ${process.env.HOOKS_TOKEN}` } });

export async function lastDeliveries(endpoints: Map<string, Endpoint>): Promise<Map<string, Delivery | null>> {
  const last = new Map<string, Delivery | null>();
  /*@A*/ for (const [id, endpoint] of endpoints) {
    const deliveries = await api.get(`webhooks/${id}/deliveries`, { searchParams: { limit: 1 } }).json<Delivery[]>();
    last.set(id, deliveries[0] ?? null);
    console.debug(`checked ${endpoint.url}`);
  }
  return last;
}
