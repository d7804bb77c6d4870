// case: a Next.js route handler returns the related posts of an article by slug
// category: http-handlers
// why: getPostBySlug is a CMS read per slug; missing posts are skipped with continue and found
//      ones are pushed, so the lookups are independent and can run together
import { NextResponse, type NextRequest } from 'next/server';
import { getPostBySlug } from '@/lib/cms';

export async function GET(request: NextRequest) {
  const slugs = request.nextUrl.searchParams.getAll('slug').slice(0, 12);

  const posts = [];
  /*@A*/ for (const slug of slugs) {
    const post = await getPostBySlug(slug, { preview: false });
    if (!post) continue;
    posts.push({ slug, title: post.title, excerpt: post.excerpt, cover: post.coverImage?.url });
  }

  return NextResponse.json({ posts }, { headers: { 'Cache-Control': 's-maxage=300' } });
}
