// case: a Next.js server component renders the featured posts through a local CMS helper
// category: local-helpers
// why: getPostCard is a read (a Sanity query with caching); the slugs exist before the loop and each
//      iteration pushes its own card, so the queries can run together
import { createClient } from 'next-sanity';
import Link from 'next/link';

const sanity = createClient({ projectId: process.env.SANITY_PROJECT_ID!, dataset: 'production', apiVersion: '2025-02-19', useCdn: true });

async function getPostCard(slug: string) {
  return sanity.fetch<{ title: string; excerpt: string; slug: string } | null>(
    `*[_type == "post" && slug.current == $slug][0]{ title, excerpt, "slug": slug.current }`,
    { slug },
    { next: { revalidate: 600, tags: [`post:${slug}`] } },
  );
}

export default async function FeaturedPosts({ slugs }: { slugs: string[] }) {
  const cards = [];
  /*@A*/ for (const slug of slugs) {
    const card = await getPostCard(slug);
    if (card) cards.push(card);
  }

  return (
    <ul className="grid gap-6 md:grid-cols-3">
      {cards.map((card) => (
        <li key={card.slug}>
          <Link href={`/blog/${card.slug}`}>{card.title}</Link>
          <p>{card.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}
