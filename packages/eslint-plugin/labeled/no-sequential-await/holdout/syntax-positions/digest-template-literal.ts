// case: a digest mailer renders the header, body and footer React Email components inside one template literal
// category: syntax-positions
// why: the items read ends in an early return, so it stays apart; the three render awaits inside the
//      template run in order and use nothing of each other, so they form a group
import { render } from '@react-email/render';
import { DigestBody, DigestFooter, DigestHeader } from '@/emails/digest';
import { getDigestItems } from '@/server/digest';

export async function renderDigest(userId: string, locale: string): Promise<string | null> {
  const items = await getDigestItems(userId, { days: 7 });
  if (items.length === 0) return null;

  const unsubscribeUrl = `${process.env.APP_URL}/settings/email?u=${encodeURIComponent(userId)}`;
  const html = `<!doctype html><html lang="${locale}"><body>${
    /*@A*/ await render(DigestHeader({ locale }))
  }<main>${/*@A*/ await render(DigestBody({ items, locale }))}</main>${
    /*@A*/ await render(DigestFooter({ locale, unsubscribeUrl }))
  }</body></html>`;

  return html;
}
