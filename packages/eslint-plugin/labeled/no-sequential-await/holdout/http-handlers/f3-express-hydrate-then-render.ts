// case: an Express SSR route hydrates a render context object, then renders the page from it
// category: http-handlers
// why: hydrate() fills ctx.user and ctx.flags and render() reads them from the same object; render
//      uses nothing hydrate returns, but it needs the object filled first
import express, { type Request } from 'express';
import { sessions } from '../auth/sessions';
import { flags } from '../flags';
import { renderShell } from '../views/shell';

interface RenderContext {
  req: Request;
  user: { id: string; name: string } | null;
  flags: Record<string, boolean>;
}

async function hydrate(ctx: RenderContext) {
  ctx.user = await sessions.currentUser(ctx.req.cookies?.sid);
  ctx.flags = await flags.evaluateAll({ key: ctx.user?.id ?? 'anonymous' });
  return Date.now();
}

async function render(ctx: RenderContext) {
  const greeting = ctx.user ? `Welcome back, ${ctx.user.name}` : 'Welcome';
  return renderShell({ title: 'Dashboard', greeting, newNav: ctx.flags['new-nav'] === true });
}

export const app = express();

app.get('/app', async (req, res) => {
  const ctx: RenderContext = { req, user: null, flags: {} };
  const hydratedAt = await hydrate(ctx);
  const html = await render(ctx);
  res.set('x-hydrated-at', String(hydratedAt)).type('html').send(html);
});
