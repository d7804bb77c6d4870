// case: a welcome email picks the user's locale from their profile before loading the message catalog
// category: statements-between
// why: `locale` looks like a plain local, but the `if` between the awaits reassigns it from the profile
//      the first await returned, and `loadMessages(locale)` reads it; the second read depends on the
//      first, and the render needs both, so nothing can be grouped
import { render } from '@react-email/render';
import { prisma } from '@/server/db';
import { loadMessages, SUPPORTED_LOCALES } from '@/i18n/catalog';
import { WelcomeEmail } from '@/emails/welcome';

export async function renderWelcomeEmail(userId: string) {
  let locale = 'en-US';
  const profile = await prisma.profile.findUnique({
    where: { userId },
    select: { displayName: true, locale: true },
  });
  if (profile?.locale && SUPPORTED_LOCALES.includes(profile.locale)) {
    locale = profile.locale;
  }
  const messages = await loadMessages(locale, 'emails.welcome');
  const html = await render(WelcomeEmail({ name: profile?.displayName ?? 'there', messages }));
  return { html, subject: messages.subject, locale };
}
