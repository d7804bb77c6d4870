// case: a build script fetches the Strapi navigation for each supported locale and writes one JSON file
// category: http-clients
// why: LOCALES is a constant array; each iteration GETs the navigation for its own locale and reads
//      its body; a failed locale is skipped with continue (not a stop); assigning a key of the result
//      object is fine; the file write is after the loop, so all locale fetches can start together
import { writeFile, mkdir } from 'node:fs/promises';

const STRAPI_URL = process.env.STRAPI_URL ?? 'http://localhost:1337';
const LOCALES = ['en', 'de', 'fr', 'es', 'it'];
const headers = { Authorization: `Bearer ${process.env.STRAPI_READ_TOKEN}` };

export async function buildNavigation(outDir = 'src/generated') {
  const navByLocale = {};

  /*@A*/ for (const locale of LOCALES) {
    const res = await fetch(
      `${STRAPI_URL}/api/navigation?locale=${locale}&populate[items][populate]=*`,
      { headers },
    );
    if (!res.ok) {
      console.warn(`navigation for ${locale}: HTTP ${res.status}, falling back to en`);
      continue;
    }
    const { data } = await res.json();
    navByLocale[locale] = data?.items ?? [];
  }

  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}/navigation.json`, JSON.stringify(navByLocale, null, 2));
  return Object.keys(navByLocale);
}

await buildNavigation(process.argv[2]);
