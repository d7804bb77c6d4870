// case: a Next.js app router product page reads the product, its reviews and related items by slug
// category: react-server
// why: `await params` only unwraps the promise prop Next already started (no new work), so it is
//      not a member; the three catalog reads take the same slug and use nothing of each other, and
//      the notFound() guard comes after all three (fetching reviews for a missing product is a
//      harmless read), so they form one group
import { notFound } from 'next/navigation';
import Image from 'next/image';
import { getProduct, getReviews, getRelatedProducts } from '@/lib/catalog';
import { AddToCart } from './add-to-cart';
import { ReviewList } from '@/components/review-list';
import { ProductRail } from '@/components/product-rail';

type Props = { params: Promise<{ slug: string }> };

export default async function ProductPage({ params }: Props) {
  const { slug } = await params;
  const product = /*@A*/ await getProduct(slug);
  const reviews = /*@A*/ await getReviews(slug, { limit: 5, sort: 'helpful' });
  const related = /*@A*/ await getRelatedProducts(slug);

  if (!product) notFound();

  return (
    <main className="mx-auto max-w-5xl p-6">
      <div className="grid gap-8 md:grid-cols-2">
        <Image src={product.image} alt={product.name} width={640} height={640} priority />
        <section>
          <h1 className="text-3xl font-semibold">{product.name}</h1>
          <p className="mt-2 text-lg">{product.priceFormatted}</p>
          <AddToCart sku={product.sku} disabled={!product.inStock} />
        </section>
      </div>
      <ReviewList reviews={reviews} average={product.rating} />
      <ProductRail title="You may also like" products={related} />
    </main>
  );
}
