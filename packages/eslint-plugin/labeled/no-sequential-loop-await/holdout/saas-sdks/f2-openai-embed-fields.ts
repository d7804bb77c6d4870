// case: a product indexer embeds each searchable field of a product separately for hybrid search
// category: saas-sdks
// why: the loop goes over Object.entries of a small object built before it; each iteration makes
//      one embeddings call (a read) for its own text and stores the vector under its field name;
//      `continue` skips empty fields
import OpenAI from 'openai';

const openai = new OpenAI();

type Product = { id: string; title: string; description: string; specs: string; reviewsSummary: string };

export async function embedProduct(product: Product) {
  const fields = {
    title: product.title,
    description: product.description,
    specs: product.specs,
    reviews: product.reviewsSummary,
  };
  const vectors: Record<string, number[]> = {};
  /*@A*/ for (const [field, text] of Object.entries(fields)) {
    if (!text.trim()) continue;
    const res = await openai.embeddings.create({
      model: 'text-embedding-3-small',
      input: text.slice(0, 8000),
      dimensions: 512,
    });
    vectors[field] = res.data[0].embedding;
  }
  return { productId: product.id, vectors };
}
