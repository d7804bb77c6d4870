// case: a report service builds a PDF from three private methods: revenue by day, top customers and the brand logo
// category: local-helpers
// why: the methods only read through this.db and this.s3, which the constructor set and nothing changes;
//      they take the arguments and nothing of each other, so the three calls form a group
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { sql, type Kysely } from 'kysely';
import type { DB } from './db-types';
import { renderPdf } from './pdf';

export class ReportService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly s3: S3Client,
  ) {}

  private revenueByDay(orgId: string, from: Date, to: Date) {
    return this.db
      .selectFrom('payments')
      .select([sql<string>`date_trunc('day', paid_at)`.as('day'), (eb) => eb.fn.sum<number>('amount').as('total')])
      .where('org_id', '=', orgId)
      .where('paid_at', '>=', from)
      .where('paid_at', '<', to)
      .groupBy('day')
      .execute();
  }

  private topCustomers(orgId: string, limit: number) {
    return this.db
      .selectFrom('customers')
      .select(['id', 'name', 'lifetime_value'])
      .where('org_id', '=', orgId)
      .orderBy('lifetime_value', 'desc')
      .limit(limit)
      .execute();
  }

  private async brandLogo(orgId: string) {
    const obj = await this.s3.send(new GetObjectCommand({ Bucket: 'brand-assets', Key: `${orgId}/logo.png` }));
    return obj.Body?.transformToByteArray();
  }

  async build(orgId: string, from: Date, to: Date) {
    const revenue = /*@A*/ await this.revenueByDay(orgId, from, to);
    const customers = /*@A*/ await this.topCustomers(orgId, 10);
    const logo = /*@A*/ await this.brandLogo(orgId);
    return renderPdf({ revenue, customers, logo });
  }
}
