// case: a search page awaits searchParams and cookies(), then searches with both
// category: react-server
// why: searchParams is a promise Next.js already started, so its await is no member; the search
//      uses the query and the region cookie, so it waits for both
import { cookies } from 'next/headers';
import { ResultList } from '@/components/result-list';
import { search } from '@/lib/search';

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export default async function SearchPage({ searchParams }: Props) {
  const { q = '', page = '1' } = await searchParams;
  const cookieStore = await cookies();
  const region = cookieStore.get('region')?.value ?? 'us';
  const results = await search(q, { page: Number(page), region });

  return (
    <section>
      <h1>Results for “{q}”</h1>
      <ResultList results={results} />
    </section>
  );
}
