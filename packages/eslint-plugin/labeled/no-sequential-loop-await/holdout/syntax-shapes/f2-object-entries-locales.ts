// case: a static-site build downloads the translated strings of every locale of its i18n config
// category: syntax-shapes
// why: the loop destructures the entries of a config object that exists before it; the await sits
//      inside an object literal assigned to messages[locale], one GET per locale with no
//      carry-over between iterations
import ky from 'ky';
import { i18n } from './i18n.config';

const CDN = 'https://cdn.example.com/i18n';

type Messages = Record<string, { dir: 'ltr' | 'rtl'; strings: Record<string, string> }>;

export async function loadMessages(build: string) {
  const messages: Messages = {};
  /*@A*/ for (const [locale, { dir, namespace }] of Object.entries(i18n.locales)) {
    messages[locale] = {
      dir,
      strings: await ky.get(`${CDN}/${build}/${namespace}/${locale}.json`, { retry: 2 }).json(),
    };
  }
  console.log(`loaded ${Object.keys(messages).length} locales for build ${build}`);
  return messages;
}
