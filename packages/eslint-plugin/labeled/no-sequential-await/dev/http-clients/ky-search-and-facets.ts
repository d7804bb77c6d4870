// case: a search page calls the search API and the facets API through a ky instance
// category: http-clients
// why: both are ky GETs with .json() on different endpoints built from the same query and neither
//      uses the other's body, so they are one group
import ky from 'ky';

const searchApi = ky.create({
  prefixUrl: 'https://search.example.com/api',
  timeout: 8000,
  retry: { limit: 2, methods: ['get'] },
});

type Hit = { id: string; title: string; score: number };
type Facet = { field: string; buckets: { value: string; count: number }[] };

export async function search(q: string, page = 1) {
  const results = /*@A*/ await searchApi
    .get('search', { searchParams: { q, page, size: 20 } })
    .json<{ total: number; hits: Hit[] }>();
  const facets = /*@A*/ await searchApi.get('facets', { searchParams: { q } }).json<Facet[]>();

  return { ...results, facets };
}
