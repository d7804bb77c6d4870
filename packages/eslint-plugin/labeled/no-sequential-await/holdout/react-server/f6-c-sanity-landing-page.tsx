// case: a Next.js app-router page reads the Sanity landing page, site settings and navigation, then the related posts
// category: react-server
// why: `await params` waits on a promise Next already started, so it is not a member; the page,
//      settings and navigation GROQ queries only need the slug or nothing and use nothing of each
//      other (A); the related-posts query takes page.relatedIds, so it depends on the first member
//      and stays after the group
import { notFound } from 'next/navigation';
import { client } from '@/sanity/lib/client';
import { defineQuery } from 'next-sanity';
import { Landing } from '@/components/landing';

const PAGE_QUERY = defineQuery(`*[_type == "landingPage" && slug.current == $slug][0]{
  _id, title, sections[]{..., image{asset->}}, "relatedIds": related[]._ref
}`);
const SETTINGS_QUERY = defineQuery(`*[_type == "siteSettings"][0]{title, description, ogImage}`);
const NAV_QUERY = defineQuery(`*[_type == "navigation" && key == "main"][0]{items[]{label, href}}`);
const RELATED_QUERY = defineQuery(`*[_type == "post" && _id in $ids]{_id, title, "slug": slug.current}`);

export default async function LandingPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;

  const page = /*@A*/ await client.fetch(PAGE_QUERY, { slug }, { next: { tags: [`page:${slug}`] } });
  const settings = /*@A*/ await client.fetch(SETTINGS_QUERY, {}, { next: { tags: ['settings'] } });
  const nav = /*@A*/ await client.fetch(NAV_QUERY);

  if (!page) notFound();

  const related = await client.fetch(RELATED_QUERY, { ids: page.relatedIds ?? [] });

  return <Landing page={page} settings={settings} nav={nav} related={related} />;
}
