// case: a homepage loader resolves the visitor's locale, then returns the Strapi hero, latest articles and footer for it
// category: http-clients
// why: resolveLocale does new work but every CMS call takes its result, so it is not a member; the
//      three cms() calls in the returned object run in order, each needs only the locale and none uses
//      another's result (A); inside cms() the json() read depends on the response; inside
//      resolveLocale the headers() read comes after an early return that uses the cookie result, so
//      it is not grouped with cookies()
import { cookies, headers } from 'next/headers';
import type { Article, Footer, Hero } from './types';

const STRAPI_URL = process.env.STRAPI_URL!;
const SUPPORTED = ['en', 'de', 'fr'] as const;

async function resolveLocale(): Promise<string> {
  const jar = await cookies();
  const fromCookie = jar.get('locale')?.value;
  if (fromCookie && SUPPORTED.includes(fromCookie as never)) return fromCookie;
  const accept = (await headers()).get('accept-language') ?? '';
  return SUPPORTED.find((l) => accept.startsWith(l)) ?? 'en';
}

async function cms<T>(path: string, locale: string): Promise<T> {
  const sep = path.includes('?') ? '&' : '?';
  const res = await fetch(`${STRAPI_URL}/api/${path}${sep}locale=${locale}`, {
    headers: { Authorization: `Bearer ${process.env.STRAPI_READ_TOKEN}` },
    next: { revalidate: 120 },
  });
  if (!res.ok) throw new Error(`Strapi ${path}: ${res.status}`);
  const json = (await res.json()) as { data: T };
  return json.data;
}

export async function getHomepage() {
  const locale = await resolveLocale();
  return {
    locale,
    hero: /*@A*/ await cms<Hero>('homepage?populate[hero][populate]=*', locale),
    articles: /*@A*/ await cms<Article[]>('articles?sort=publishedAt:desc&pagination[limit]=6', locale),
    footer: /*@A*/ await cms<Footer>('footer?populate=*', locale),
  };
}
