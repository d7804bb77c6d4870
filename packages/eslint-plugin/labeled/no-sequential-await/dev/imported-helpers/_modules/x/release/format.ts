import * as prettier from 'prettier';

export async function formatMarkdown(markdown: string) {
  return prettier.format(markdown, { parser: 'markdown', proseWrap: 'preserve', printWidth: 100 });
}
