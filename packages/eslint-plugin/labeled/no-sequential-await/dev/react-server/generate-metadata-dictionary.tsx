// case: localized generateMetadata reads the dictionary and the article for the page title
// category: react-server
// why: `await params` is no member; the dictionary read takes the locale and the article read
//      takes the slug, and neither uses the other
import type { Metadata } from 'next';
import { getArticle } from '@/lib/articles';
import { getDictionary } from '@/lib/i18n';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const dict = /*@A*/ await getDictionary(locale);
  const article = /*@A*/ await getArticle(slug, { locale });
  return {
    title: `${article.title} · ${dict.siteName}`,
    description: article.summary,
    alternates: { languages: Object.fromEntries(article.translations.map((t) => [t.locale, `/${t.locale}/${t.slug}`])) },
  };
}

export default function ArticlePage() {
  return null;
}
