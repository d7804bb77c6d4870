// case: translations are merged from three JSON files read through a generic local arrow helper
// category: local-helpers
// why: each loadJson call reads its own file and nothing is shared between calls; the awaits
//      inside loadJson belong to the helper, not to this group
import { readFile } from 'node:fs/promises';
import path from 'node:path';

type Messages = Record<string, string>;

const localesDir = path.resolve('locales');
const loadJson = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(path.join(localesDir, file), 'utf8')) as T;

export async function messagesFor(locale: string): Promise<Messages> {
  const base = /*@A*/ await loadJson<Messages>('en.json');
  const localized = /*@A*/ await loadJson<Messages>(`${locale}.json`);
  const overrides = /*@A*/ await loadJson<Messages>(`overrides/${locale}.json`).catch((): Messages => ({}));
  return { ...base, ...localized, ...overrides };
}
