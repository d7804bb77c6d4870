// case: a SvelteKit universal load builds a city dashboard from several internal API endpoints
// category: http-clients
// why: the loop runs over Object.entries of a fixed map; each iteration GETs its own URL with
//      SvelteKit's fetch and stores the JSON under its key; nothing is carried between iterations and
//      nothing stops the loop, so all the requests can start together
import type { PageLoad } from './$types';

type Widget = { updatedAt: string; items: unknown[] } | null;

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:city-dashboard');
  const city = encodeURIComponent(params.city);

  const sources = {
    weather: `/api/weather/${city}?units=metric`,
    events: `/api/events/${city}?days=7`,
    transit: `/api/transit/${city}/alerts`,
    air: `/api/air-quality/${city}`,
  } as const;

  const widgets: Record<string, Widget> = {};
  /*@A*/ for (const [key, url] of Object.entries(sources)) {
    const res = await fetch(url);
    widgets[key] = res.ok ? await res.json() : null;
  }

  return {
    city: params.city,
    widgets,
    failed: Object.entries(widgets).filter(([, w]) => w === null).map(([k]) => k),
  };
};
