// case: an Express route checks out one pg client, sets the tenant for row-level security, and reads a report and its entries
// category: orm-sql
// why: every query goes through the one client from pool.connect() inside BEGIN/COMMIT; the two reads
//      depend on the set_config before them and a pg client runs its queries one at a time anyway
import { Router } from 'express';
import { pool } from '../db';

export const reports = Router();

reports.get('/reports/:id', async (req, res, next) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN READ ONLY');
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [req.tenantId]);
    const {
      rows: [report],
    } = await client.query('SELECT id, title, created_at FROM reports WHERE id = $1', [req.params.id]);
    const { rows: entries } = await client.query(
      'SELECT label, value FROM report_entries WHERE report_id = $1 ORDER BY position',
      [req.params.id],
    );
    await client.query('COMMIT');
    if (!report) return res.sendStatus(404);
    res.json({ ...report, entries });
  } catch (err) {
    await client.query('ROLLBACK');
    next(err);
  } finally {
    client.release();
  }
});
