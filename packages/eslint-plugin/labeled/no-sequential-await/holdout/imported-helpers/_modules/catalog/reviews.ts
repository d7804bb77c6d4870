import { apiGet } from '../http';

interface Review {
  rating: number;
  body: string;
  author: string;
}

export async function summarizeReviews(slug: string) {
  const reviews = (await apiGet<Review[]>(`/reviews?product=${encodeURIComponent(slug)}&limit=50`)) ?? [];
  const average = reviews.length ? reviews.reduce((sum, r) => sum + r.rating, 0) / reviews.length : null;
  return { count: reviews.length, average, latest: reviews.slice(0, 3) };
}
