// case: a Next.js server component renders a comparison card for each selected product
// category: syntax-shapes
// why: loop A awaits getProduct (a read) for each id from the search params and pushes a JSX card;
//      unknown ids are skipped with continue, so all products can be loaded together
import { getProduct } from '@/lib/catalog';
import { ProductCard } from '@/components/product-card';

export default async function ComparePage({ searchParams }: { searchParams: Promise<{ ids?: string }> }) {
  const { ids = '' } = await searchParams;
  const productIds = ids.split(',').filter(Boolean).slice(0, 4);

  const cards: JSX.Element[] = [];
  /*@A*/ for (const id of productIds) {
    const product = await getProduct(id);
    if (!product) continue;
    cards.push(<ProductCard key={id} name={product.name} price={product.price} specs={product.specs} />);
  }

  return (
    <main className="grid grid-cols-4 gap-4">
      {cards.length > 0 ? cards : <p>Select products to compare.</p>}
    </main>
  );
}
