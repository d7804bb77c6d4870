// case: an SEO audit fetches every sitemap path of every site and records the status codes
// category: syntax-shapes
// why: the inner loop fetches the paths of one site, each a HEAD read pushed into `rows` (reported, B);
//      the outer loop reads each site's sitemap and only pushes too, so its iterations are independent
//      as well (reported, A)
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser();

export async function auditSites(sites: string[]) {
  const rows: Array<{ site: string; path: string; status: number }> = [];
  /*@A*/ for (const site of sites) {
    const xml = await (await fetch(new URL('/sitemap.xml', site))).text();
    const entries = parser.parse(xml).urlset?.url ?? [];
    const urls: Array<{ loc: string }> = Array.isArray(entries) ? entries : [entries];
    /*@B*/ for (const { loc } of urls) {
      const res = await fetch(loc, { method: 'HEAD', redirect: 'manual' });
      rows.push({ site, path: new URL(loc).pathname, status: res.status });
    }
  }
  return rows;
}
