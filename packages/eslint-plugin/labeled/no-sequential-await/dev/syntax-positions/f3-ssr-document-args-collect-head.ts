// case: an SSR handler builds the document with two awaited arguments: the rendered app and the head
// category: syntax-positions
// why: the arguments run left to right; renderApp fills ctx.modules and ctx.title while rendering, and
//      renderHead reads both from the same object to build the preload links and the title
import { renderRoute } from './render-route';
import { resolvePreloadLinks } from './manifest';

interface SsrContext {
  modules: string[];
  title: string;
}

async function renderApp(url: string, ctx: SsrContext) {
  const { html, modules, title } = await renderRoute(url);
  ctx.modules.push(...modules);
  ctx.title = title;
  return html;
}

async function renderHead(ctx: SsrContext) {
  const links = await resolvePreloadLinks(ctx.modules);
  return `<title>${ctx.title.replace(/</g, '&lt;')}</title>${links.join('')}`;
}

function documentHtml(body: string, head: string) {
  return `<!doctype html><html><head>${head}</head><body><div id="root">${body}</div></body></html>`;
}

export async function handleRequest(url: string) {
  const ctx: SsrContext = { modules: [], title: '' };
  return documentHtml(await renderApp(url, ctx), await renderHead(ctx));
}
