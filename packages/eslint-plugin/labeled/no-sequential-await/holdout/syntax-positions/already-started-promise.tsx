// case: a Next.js 15 product page awaits params and searchParams, starts the reviews read early and awaits it after the product
// category: syntax-positions
// why: params and searchParams are promises Next.js already created, and reviewsPromise was started before
//      the product read, so awaiting them starts no new work; only the product read does, so there is no group
import { notFound } from 'next/navigation';
import { getProduct, getReviews } from '@/lib/catalog';
import { ProductView } from './product-view';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string }>;
};

export default async function ProductPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { tab = 'overview' } = await searchParams;

  const reviewsPromise = getReviews(id, { limit: 10 });
  const product = await getProduct(id);
  if (!product) notFound();
  const reviews = await reviewsPromise;

  return <ProductView product={product} reviews={reviews} tab={tab} />;
}
