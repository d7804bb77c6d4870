// case: a Next.js product page awaits its params, then reads the product and its reviews
// category: react-server
// why: `await params` waits on a promise Next.js already started, so it is not a member; the
//      product and review reads both take the slug and are independent
import { notFound } from 'next/navigation';
import { ProductGallery } from '@/components/product-gallery';
import { ReviewList } from '@/components/review-list';
import { getProduct, getReviews } from '@/lib/catalog';

type Props = { params: Promise<{ slug: string }> };

export default async function ProductPage({ params }: Props) {
  const { slug } = await params;
  const product = /*@A*/ await getProduct(slug);
  const reviews = /*@A*/ await getReviews(slug, { limit: 10, sort: 'helpful' });
  if (!product) notFound();

  return (
    <main>
      <h1>{product.name}</h1>
      <ProductGallery images={product.images} />
      <ReviewList reviews={reviews} />
    </main>
  );
}
