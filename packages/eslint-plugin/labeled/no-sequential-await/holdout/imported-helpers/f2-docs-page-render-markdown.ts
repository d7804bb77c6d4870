// case: a docs page reads the page source and the nav source, then renders both with an imported async renderMarkdown
// category: imported-helpers
// why: readDoc and readNav read different files and form a group; renderMarkdown is async but does
//      only synchronous string work, so the two render awaits start no I/O and are not worth
//      combining (and each needs a result of the group)
import { readDoc, readNav, renderMarkdown } from './_modules/f2-markdown';

export async function renderDocsPage(slug: string) {
  const source = /*@A*/ await readDoc(slug);
  const navSource = /*@A*/ await readNav();

  const title = /^#\s+(.*)$/m.exec(source)?.[1] ?? slug;
  const body = await renderMarkdown(source);
  const nav = await renderMarkdown(navSource);

  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${title} · Docs</title></head>
  <body>
    <nav>${nav}</nav>
    <main>${body}</main>
  </body>
</html>`;
}
