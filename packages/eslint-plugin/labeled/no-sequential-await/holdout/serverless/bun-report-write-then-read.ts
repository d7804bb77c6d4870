// case: a Bun.serve route renders a CSV report from bun:sqlite, writes it to disk and returns a preview
// category: serverless
// why: the body is needed for the query; Bun.write is awaited for its effect; the preview reads back the
//      file just written, so the awaits stay in order (the sqlite calls are synchronous)
import { Database } from 'bun:sqlite';

const db = new Database('reports.sqlite', { readonly: true });

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const header = Object.keys(rows[0]);
  return [header.join(','), ...rows.map((r) => header.map((h) => JSON.stringify(r[h] ?? '')).join(','))].join('\n');
}

Bun.serve({
  port: 3000,
  routes: {
    '/api/reports/:id': {
      POST: async (req) => {
        const { from, to } = await req.json();
        const rows = db
          .query('SELECT * FROM events WHERE report_id = ?1 AND day BETWEEN ?2 AND ?3')
          .all(req.params.id, from, to) as Record<string, unknown>[];

        const path = `./out/report-${req.params.id}.csv`;
        await Bun.write(path, toCsv(rows));

        const file = Bun.file(path);
        const preview = await file.slice(0, 512).text();
        return Response.json({ path, bytes: file.size, preview });
      },
    },
  },
});
