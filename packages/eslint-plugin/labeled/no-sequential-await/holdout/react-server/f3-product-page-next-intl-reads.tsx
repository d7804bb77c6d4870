// case: a Next.js product page awaits its params, then loads translations, the product and its reviews
// category: react-server
// why: `await params` only waits for a promise the framework already started; after it, the
//      translations, the product and the reviews are reads that take locale or id and nothing of
//      each other; the notFound check comes after all three
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getProduct, getReviews } from '@/lib/catalog';

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function ProductPage({ params }: Props) {
  const { locale, id } = await params;
  const t = /*@A*/ await getTranslations({ locale, namespace: 'Product' });
  const product = /*@A*/ await getProduct(id);
  const reviews = /*@A*/ await getReviews(id, { limit: 6 });

  if (!product) notFound();

  return (
    <article>
      <h1>{product.name}</h1>
      <p>{t('price', { amount: product.price })}</p>
      <section>
        <h2>{t('reviews', { count: reviews.length })}</h2>
        {reviews.map((r) => (
          <blockquote key={r.id}>{r.body}</blockquote>
        ))}
      </section>
    </article>
  );
}
