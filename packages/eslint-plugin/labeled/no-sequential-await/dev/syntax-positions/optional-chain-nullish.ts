// case: locale resolution awaits behind a ternary, after `??` and on the right of `&&`
// category: syntax-positions
// why: every await is conditional (a `? :` branch, the right of `??`, the right of `&&`), and the
//      later ones also use earlier results, so none is a member
import { geo } from '../geo';
import { i18n } from '../i18n';
import { users } from '../users';

interface ResolvedLocale {
  preferred: string;
  fallbacks: string[];
}

export async function resolveLocale(userId: string | undefined, ip: string, cookieLocale?: string): Promise<ResolvedLocale> {
  const user = userId ? await users.find(userId) : undefined;
  const preferred = user?.settings?.locale ?? cookieLocale ?? (await geo.localeFor(ip));
  const fallbacks = preferred && (await i18n.fallbacksFor(preferred));
  return {
    preferred: preferred || 'en',
    fallbacks: fallbacks || ['en'],
  };
}
