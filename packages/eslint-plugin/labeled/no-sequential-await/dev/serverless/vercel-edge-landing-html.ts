// case: a Vercel edge function renders a landing page whose template literal awaits two fragments
// category: serverless
// why: the two awaits inside the template literal are evaluated in order; the Edge Config read and
//      the CMS fetch take only the locale and do not use each other
import { get } from '@vercel/edge-config';

export const config = { runtime: 'edge' };

const CMS_URL = process.env.CMS_URL!;

export default async function handler(request: Request): Promise<Response> {
  const locale = request.headers.get('accept-language')?.split(',')[0] ?? 'en-US';

  const html = `<!doctype html>
<html lang="${locale}">
  <body>
    <header>${(/*@A*/ await get<string>(`announcement_${locale.replace('-', '_')}`)) ?? ''}</header>
    <main>${/*@A*/ await fetch(`${CMS_URL}/fragments/hero?locale=${locale}`).then((r) => r.text())}</main>
  </body>
</html>`;

  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
