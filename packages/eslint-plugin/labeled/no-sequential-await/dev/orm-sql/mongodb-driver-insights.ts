// case: an analytics helper uses the MongoDB driver to read a user, count events and aggregate sessions
// category: orm-sql
// why: findOne, countDocuments and aggregate().toArray() are reads on three collections by the same
//      user id; none uses another's result and no session ties them together
import { MongoClient, ObjectId } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI!);
const db = client.db('analytics');

export async function userInsights(userId: string) {
  const _id = new ObjectId(userId);
  const since = new Date(Date.now() - 7 * 86_400_000);

  const user = /*@A*/ await db.collection('users').findOne({ _id }, { projection: { email: 1, plan: 1 } });
  const eventCount = /*@A*/ await db.collection('events').countDocuments({ userId: _id, at: { $gte: since } });
  const sessions = /*@A*/ await db
    .collection('sessions')
    .aggregate<{ _id: string; minutes: number }>([
      { $match: { userId: _id, startedAt: { $gte: since } } },
      { $group: { _id: '$device', minutes: { $sum: '$durationMin' } } },
      { $sort: { minutes: -1 } },
    ])
    .toArray();

  return { email: user?.email, plan: user?.plan, eventCount, sessions };
}
