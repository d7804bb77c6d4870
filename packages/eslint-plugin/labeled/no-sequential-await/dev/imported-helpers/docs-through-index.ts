// case: the same snippets imported through the render folder's index, under another name
// category: imported-helpers
// why: `snippet` is renderSnippet re-exported: prettier on this thread, nothing to overlap; the
//      page compile after it is one call and not a pair
import { compilePage, snippet } from './_modules/render';

export async function buildPage(dir: string) {
  const intro = await snippet(`${dir}/intro.md`);
  const outro = await snippet(`${dir}/outro.md`);
  const page = await compilePage(`${dir}/page.mdx`);
  return { intro, outro, page };
}
