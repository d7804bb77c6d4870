// case: resolving the viewer for a request falls back to a guest profile, detects the locale from the IP when no header is set, and loads plan and org only when relevant
// category: syntax-positions
// why: every await sits on the right of ?? or &&, or in a branch of ? :, so none runs unconditionally and
//      none can be a member
import { billing } from './billing';
import { detectLocaleFromIp, getGuestProfile, getOrg, parseLocale } from './viewer';

type Session = { user: { id: string; isPro: boolean; orgId: string | null } };

export async function resolveViewer(req: Request, session: Session | null) {
  const user = session?.user ?? (await getGuestProfile(req));
  const header = req.headers.get('accept-language');
  const locale = header ? parseLocale(header) : await detectLocaleFromIp(req.headers.get('x-real-ip'));
  const plan = user.isPro && (await billing.getPlan(user.id));
  const org = user.orgId ? await getOrg(user.orgId) : null;

  return { user, locale, plan: plan || null, org };
}
