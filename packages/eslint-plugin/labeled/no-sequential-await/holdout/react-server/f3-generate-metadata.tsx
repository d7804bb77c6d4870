// case: Next.js generateMetadata awaits the params promise, then reads the product and the site settings
// category: react-server
// why: the product read uses the slug and the settings read uses nothing; neither uses the other;
//      awaiting params and the parent metadata only waits for promises already running, so they are no
//      members
import type { Metadata, ResolvingMetadata } from 'next';
import { notFound } from 'next/navigation';
import { getProduct, getSiteSettings } from '@/lib/catalog';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props, parent: ResolvingMetadata): Promise<Metadata> {
  const { slug } = await params;
  const product = /*@A*/ await getProduct(slug);
  const site = /*@A*/ await getSiteSettings();
  const previousImages = (await parent).openGraph?.images ?? [];

  if (!product) return { title: site.name };
  return {
    title: `${product.name} | ${site.name}`,
    description: product.summary,
    openGraph: { images: [product.heroImage, ...previousImages] },
  };
}

export default async function ProductPage({ params }: Props) {
  const { slug } = await params;
  const product = await getProduct(slug);
  if (!product) notFound();
  return (
    <main>
      <h1>{product.name}</h1>
      <p>{product.summary}</p>
    </main>
  );
}
