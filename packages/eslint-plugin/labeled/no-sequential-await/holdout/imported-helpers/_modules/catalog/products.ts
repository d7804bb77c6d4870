import { apiGet } from '../http';

export interface Product {
  id: string;
  slug: string;
  title: string;
  priceCents: number;
  images: string[];
}

export async function getProduct(slug: string) {
  return apiGet<Product>(`/products/${encodeURIComponent(slug)}`, { revalidate: 300 });
}
