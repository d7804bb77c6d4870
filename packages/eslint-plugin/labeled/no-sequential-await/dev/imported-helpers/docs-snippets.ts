// case: a docs build formats two markdown snippets through a render helper module
// category: imported-helpers
// why: renderSnippet is a synchronous read and prettier on this thread behind async: nothing to overlap
import { renderSnippet } from './_modules/render/mdx';

export async function buildExamples(dir: string) {
  const install = await renderSnippet(`${dir}/install.md`);
  const usage = await renderSnippet(`${dir}/usage.md`);
  return { install, usage };
}
