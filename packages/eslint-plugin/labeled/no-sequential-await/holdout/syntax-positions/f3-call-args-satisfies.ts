// case: a welcome email is rendered from awaited call arguments wrapped in satisfies and as
// category: syntax-positions
// why: the user read and the three loads passed as arguments run one after another, all keyed by the
//      arguments; none uses another's result; the send is a write awaited for its effect and ends the group
import { users } from '@/data/users';
import { templates } from '@/email/templates';
import { i18n, type Locale, type Messages } from '@/i18n';
import { cms, type BrandKit } from '@/cms';
import { mailer } from '@/email/mailer';
import { renderWelcome } from '@/email/render';

export async function sendWelcome(userId: string, locale: Locale) {
  const user = /*@A*/ await users.findById(userId);
  const html = renderWelcome(
    /*@A*/ await templates.load('welcome', { version: 3 }),
    (/*@A*/ await i18n.loadMessages(locale, ['email', 'common'])) satisfies Messages,
    {
      brand: (/*@A*/ await cms.getBrandKit({ preview: false })) as BrandKit,
      year: new Date().getFullYear(),
    } as const,
  );
  if (!user?.email) return { sent: false as const };
  await mailer.send({ to: user.email, subject: 'Welcome aboard', html });
  return { sent: true as const };
}
