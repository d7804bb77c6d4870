// case: a Next.js opengraph-image route that loads the post and two font files, plus its alt text
// category: syntax-positions
// why: `await params` unwraps a prop; the post read and the two readFile calls nested in the fonts
//      array literal use nothing of each other (A); in altText the two awaits inside the returned
//      template literal are independent reads (B)
import { ImageResponse } from 'next/og';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getPost, getPostTitle } from '@/lib/blog';
import { getSiteName } from '@/lib/settings';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export async function altText(slug: string): Promise<string> {
  return `${/*@B*/ await getSiteName()}: ${/*@B*/ await getPostTitle(slug)}`;
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const post = /*@A*/ await getPost(slug);
  const fonts = [
    { name: 'Inter', data: /*@A*/ await readFile(join(process.cwd(), 'assets/Inter-Regular.ttf')), weight: 400 as const },
    { name: 'Inter', data: /*@A*/ await readFile(join(process.cwd(), 'assets/Inter-Bold.ttf')), weight: 700 as const },
  ];

  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 64, background: '#0b1020', color: 'white' }}>
        <div style={{ fontSize: 64, fontWeight: 700 }}>{post?.title ?? 'Untitled'}</div>
        <div style={{ fontSize: 28, marginTop: 24, opacity: 0.8 }}>{post?.excerpt}</div>
      </div>
    ),
    { ...size, fonts },
  );
}
