// case: a blog home renders an async Sidebar that reads categories and tags, and an async post list
// category: react-server
// why: inside Sidebar the categories and tags reads are independent; LatestPosts is another
//      component with a single await, which is no group with Sidebar's
import { Suspense } from 'react';
import Link from 'next/link';
import { getCategories, getLatestPosts, getPopularTags } from '@/lib/blog';

async function Sidebar() {
  const categories = /*@A*/ await getCategories();
  const tags = /*@A*/ await getPopularTags({ limit: 12 });
  return (
    <aside>
      <ul>{categories.map((c) => <li key={c.slug}><Link href={`/c/${c.slug}`}>{c.name}</Link></li>)}</ul>
      <p>{tags.map((t) => `#${t.name}`).join(' ')}</p>
    </aside>
  );
}

async function LatestPosts() {
  const posts = await getLatestPosts(5);
  return <ul>{posts.map((p) => <li key={p.id}><Link href={`/p/${p.slug}`}>{p.title}</Link></li>)}</ul>;
}

export default function BlogHome() {
  return (
    <div className="grid grid-cols-[1fr_16rem] gap-8">
      <Suspense fallback={<p>Loading…</p>}><LatestPosts /></Suspense>
      <Sidebar />
    </div>
  );
}
