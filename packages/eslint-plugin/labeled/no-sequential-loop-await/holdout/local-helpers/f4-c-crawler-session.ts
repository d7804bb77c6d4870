// case: a docs crawler class keeps a session cookie across requests; a helper reads robots.txt for many origins
// category: local-helpers
// why: crawl() calls this.get() per path, and get() sends `this.cookie` and replaces it from each
//      response's Set-Cookie: every request reads what the previous iteration wrote, so the loop stays
//      in order. robotsFor() calls a local helper that only GETs /robots.txt of its own origin and stores
//      it under its own key: the iterations can run together.
export class SessionCrawler {
  private cookie = '';

  constructor(private readonly origin: string) {}

  private async get(path: string) {
    const res = await fetch(new URL(path, this.origin), {
      headers: this.cookie ? { cookie: this.cookie } : {},
      redirect: 'manual',
    });
    const setCookie = res.headers.getSetCookie();
    if (setCookie.length > 0) this.cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    return res;
  }

  async crawl(paths: string[]) {
    const pages: Array<{ path: string; status: number; html: string }> = [];
    for (const path of paths) {
      const res = await this.get(path);
      pages.push({ path, status: res.status, html: res.ok ? await res.text() : '' });
    }
    return pages;
  }
}

async function loadRobots(origin: string): Promise<string> {
  const res = await fetch(new URL('/robots.txt', origin), { signal: AbortSignal.timeout(5000) });
  return res.ok ? res.text() : '';
}

export async function robotsFor(origins: string[]) {
  const robots: Record<string, string> = {};
  /*@A*/ for (const origin of origins) {
    robots[origin] = await loadRobots(origin);
  }
  return robots;
}
