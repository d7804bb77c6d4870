// case: a docs build creates the output folder, loads nav, pages and versions through project helpers, then writes the sitemap and publishes the search index
// category: imported-helpers
// why: ensureOutDir (a mkdir) is awaited for its effect first. loadNav, listPages and loadVersions only
//      read files of the content folder and use nothing of each other (A). writeSitemap writes a file
//      and publishSearchIndex saves objects to the search service: both are writes, so the second must
//      not start before the first settled, even though their results are kept.
import { algoliasearch } from 'algoliasearch';
import {
  ensureOutDir,
  listPages,
  loadNav,
  loadVersions,
  publishSearchIndex,
  writeSitemap,
} from './_modules/f4-c-docs.mjs';

const SITE = 'https://docs.acme.dev';

export async function buildDocs(root, outDir) {
  await ensureOutDir(outDir);

  const nav = /*@A*/ await loadNav(root);
  const pages = /*@A*/ await listPages(root);
  const versions = /*@A*/ await loadVersions(root);

  const latest = versions[0]?.id ?? 'latest';
  const urls = pages.map((page) => `${SITE}/${latest}/${page.slug}`);
  const records = pages.map((page) => ({
    objectID: `${latest}/${page.slug}`,
    title: page.title,
    section: nav.find((entry) => entry.items?.includes(page.slug))?.title ?? null,
    content: page.content.slice(0, 8000),
  }));

  const sitemapFile = await writeSitemap(outDir, urls);
  const search = algoliasearch(process.env.ALGOLIA_APP_ID, process.env.ALGOLIA_ADMIN_KEY);
  const taskID = await publishSearchIndex(search, 'docs', records);

  console.log(`wrote ${sitemapFile} with ${urls.length} urls; search task ${taskID}`);
}
