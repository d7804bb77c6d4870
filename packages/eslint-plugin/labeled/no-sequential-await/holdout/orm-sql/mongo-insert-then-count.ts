// case: a MongoDB service inserts a post, counts the author's posts and bumps the author's counter
// category: orm-sql
// why: countDocuments reads the posts collection that insertOne just wrote, and the updateOne is awaited
//      for its effect, so the three stay in order
import { MongoClient, ObjectId } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI!);
const db = client.db('blog');
const posts = db.collection<{ authorId: ObjectId; title: string; body: string; createdAt: Date }>('posts');
const authors = db.collection<{ _id: ObjectId; postCount: number; lastPostAt?: Date }>('authors');

export async function publishPost(authorId: string, title: string, body: string) {
  const author = new ObjectId(authorId);

  const { insertedId } = await posts.insertOne({ authorId: author, title, body, createdAt: new Date() });
  const total = await posts.countDocuments({ authorId: author });

  await authors.updateOne({ _id: author }, { $set: { postCount: total, lastPostAt: new Date() } });

  return { id: insertedId.toHexString(), total };
}
