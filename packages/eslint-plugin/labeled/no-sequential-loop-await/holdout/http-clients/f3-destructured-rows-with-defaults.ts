// case: a site build loads CMS snippets for rows destructured with default url and locale
// category: http-clients
// why: the destructuring defaults only derive values from the row itself; each GET reads one snippet and
//      the result goes into its own key of `out`, so the requests are independent
import ky from 'ky';

type SnippetRow = { id: string; url?: string; locale?: string };
type Snippet = { id: string; html: string; updatedAt: string };

const CMS = 'https://cms.example.com/api/snippets';

export async function loadSnippets(rows: SnippetRow[]): Promise<Record<string, Snippet>> {
  const out: Record<string, Snippet> = {};
  /*@A*/ for (const { id, url = `${CMS}/${id}`, locale = 'en' } of rows) {
    const snippet = await ky
      .get(url, { searchParams: { locale }, timeout: 10_000 })
      .json<Snippet>();
    out[id] = snippet;
  }
  return out;
}
