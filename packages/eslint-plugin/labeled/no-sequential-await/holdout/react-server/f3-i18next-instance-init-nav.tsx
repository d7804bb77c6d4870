// case: a server component creates an i18next instance, awaits its init, then builds the navigation with that instance
// category: react-server
// why: buildNav translates the CMS labels with i18n.t, which only has the resources once init has
//      loaded them; it is passed the instance, not init's result, but it needs init finished
import { createInstance, type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';

const CMS_URL = process.env.CMS_URL!;

async function buildNav(i18n: I18n) {
  const res = await fetch(`${CMS_URL}/navigation/main`, { next: { revalidate: 600 } });
  const items: { key: string; href: string }[] = await res.json();
  return items.map((item) => ({ href: item.href, label: i18n.t(`nav.${item.key}`) }));
}

export default async function Header({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const i18n = createInstance();
  const t = await i18n
    .use(resourcesToBackend((lng: string, ns: string) => import(`@/locales/${lng}/${ns}.json`)))
    .init({ lng: lang, fallbackLng: 'en', ns: ['common'], defaultNS: 'common' });
  const nav = await buildNav(i18n);

  return (
    <header>
      <a href={`/${lang}`}>{t('brand')}</a>
      <nav>
        {nav.map((item) => (
          <a key={item.href} href={item.href}>
            {item.label}
          </a>
        ))}
      </nav>
    </header>
  );
}
