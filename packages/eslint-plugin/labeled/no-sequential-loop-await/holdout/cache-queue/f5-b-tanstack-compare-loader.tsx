// case: a TanStack Router compare page whose loader fetches one spec query per selected SKU
// category: cache-queue
// why: the loop runs over the SKUs from the validated search params; each iteration's fetchQuery reads
//      its own query key (a cache read or a GET) and the result is pushed; no iteration uses another's
//      result and nothing breaks out
import { createFileRoute } from '@tanstack/react-router';
import { queryOptions, useSuspenseQueries } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchSpec, type Spec } from '~/api/specs';

const specQuery = (sku: string) =>
  queryOptions({ queryKey: ['spec', sku], queryFn: () => fetchSpec(sku), staleTime: 5 * 60_000 });

export const Route = createFileRoute('/compare')({
  validateSearch: z.object({ skus: z.array(z.string()).max(4).default([]) }),
  loaderDeps: ({ search }) => ({ skus: search.skus }),
  loader: async ({ context: { queryClient }, deps }) => {
    const specs: Spec[] = [];
    /*@A*/ for (const sku of deps.skus) {
      const spec = await queryClient.fetchQuery(specQuery(sku));
      specs.push(spec);
    }
    return { columns: specs.map((s) => s.name) };
  },
  component: ComparePage,
});

function ComparePage() {
  const { skus } = Route.useSearch();
  const results = useSuspenseQueries({ queries: skus.map(specQuery) });
  return (
    <table>
      <tbody>
        {results.map(({ data }) => (
          <tr key={data.sku}><td>{data.name}</td><td>{data.price}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
