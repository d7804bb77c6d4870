// case: a report service calls two private query methods for the same date range
// category: local-helpers
// why: revenue() and signups() only read this.warehouse and the range; neither writes anything
//      the other reads, so the two calls are independent
import type { Pool } from 'pg';

interface Range { from: Date; to: Date }

export class ReportService {
  constructor(private readonly warehouse: Pool) {}

  private async revenue(range: Range) {
    const { rows } = await this.warehouse.query<{ day: Date; total: string }>(
      'SELECT date_trunc($3, paid_at) AS day, sum(amount) AS total FROM payments WHERE paid_at BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1',
      [range.from, range.to, 'day'],
    );
    return rows.map((row) => ({ day: row.day, total: Number(row.total) }));
  }

  private async signups(range: Range): Promise<number> {
    const { rows } = await this.warehouse.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users WHERE created_at BETWEEN $1 AND $2',
      [range.from, range.to],
    );
    return rows[0]?.n ?? 0;
  }

  async weekly(range: Range) {
    const revenue = /*@A*/ await this.revenue(range);
    const signups = /*@A*/ await this.signups(range);
    return { revenue, signups, generatedAt: new Date() };
  }
}
