// case: a Cloudflare Worker answers a dashboard request with several counts from D1
// category: http-handlers
// why: the guard runs before the loop; the loop walks Object.entries of a constant map of queries and
//      each iteration only reads one count for the same org, stored under its own key
import { requireSession } from './auth';

export interface Env {
  DB: D1Database;
  SESSIONS: KVNamespace;
}

const COUNT_QUERIES = {
  projects: 'SELECT COUNT(*) AS n FROM projects WHERE org_id = ?1',
  members: 'SELECT COUNT(*) AS n FROM memberships WHERE org_id = ?1',
  openIssues: "SELECT COUNT(*) AS n FROM issues WHERE org_id = ?1 AND state = 'open'",
  deploysToday: "SELECT COUNT(*) AS n FROM deploys WHERE org_id = ?1 AND created_at > datetime('now', '-1 day')",
} as const;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const session = await requireSession(request, env.SESSIONS);
    const counts: Record<string, number> = {};

    /*@A*/ for (const [label, sql] of Object.entries(COUNT_QUERIES)) {
      counts[label] = (await env.DB.prepare(sql).bind(session.orgId).first<number>('n')) ?? 0;
    }

    return Response.json(counts, { headers: { 'cache-control': 'private, max-age=30' } });
  },
} satisfies ExportedHandler<Env>;
