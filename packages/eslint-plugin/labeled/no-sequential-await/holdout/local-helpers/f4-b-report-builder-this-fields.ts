// case: a request-scoped NestJS report builder that keeps tenant, settings and revenue rows on `this` across helper methods
// category: local-helpers
// why: the tenant and the settings are two reads assigned to this fields, neither reading the
//      other (A). The FX rate reads this.settings, written by a member of A; loadRevenue takes
//      that rate and fills this.rows; loadRefunds reads this.rows. After A everything is a chain
import { Injectable, Scope } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Tenant, TenantSettings } from './entities';
import { OrdersService } from '../orders/orders.service';
import { RefundsService } from '../refunds/refunds.service';
import { FxService } from '../fx/fx.service';

type DateRange = { start: Date; end: Date };
type RevenueRow = { day: string; gross: number; refunded: number };

@Injectable({ scope: Scope.REQUEST })
export class RevenueReportBuilder {
  private tenant!: Tenant;
  private settings!: TenantSettings;
  private rows: RevenueRow[] = [];

  constructor(
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    @InjectRepository(TenantSettings) private readonly settingsRepo: Repository<TenantSettings>,
    private readonly orders: OrdersService,
    private readonly refunds: RefundsService,
    private readonly fx: FxService,
  ) {}

  private async loadRevenue(range: DateRange, rate: number) {
    const daily = await this.orders.revenueByDay(this.tenant.id, range);
    this.rows = daily.map((d) => ({ day: d.day, gross: d.grossUsd * rate, refunded: 0 }));
    return this.rows.reduce((sum, r) => sum + r.gross, 0);
  }

  private async loadRefunds() {
    const days = this.rows.map((r) => r.day);
    const totals = await this.refunds.totalsByDay(this.tenant.id, days);
    let refunded = 0;
    for (const row of this.rows) {
      row.refunded = totals.get(row.day) ?? 0;
      refunded += row.refunded;
    }
    return refunded;
  }

  async build(tenantId: string, range: DateRange) {
    this.tenant = /*@A*/ await this.tenants.findOneByOrFail({ id: tenantId });
    this.settings = /*@A*/ await this.settingsRepo.findOneByOrFail({ tenantId });

    const rate = await this.fx.rate('USD', this.settings.reportingCurrency, range.end);
    const gross = await this.loadRevenue(range, rate);
    const refunded = await this.loadRefunds();

    return {
      tenant: this.tenant.name,
      currency: this.settings.reportingCurrency,
      gross,
      refunded,
      net: gross - refunded,
      rows: this.rows,
    };
  }
}
