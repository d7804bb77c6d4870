// case: a revenue report validates its input, bumps a counter, computes a range and logs between three reads
// category: statements-between
// why: the guard checks an argument before any read; the counter, the range and the log use only inputs,
//      so the warehouse, refunds and FX reads, which do not use each other's results, can run together
import { endOfDay, parseISO, startOfDay } from 'date-fns';
import { Counter } from 'prom-client';
import { HttpError } from '../errors';
import { logger } from '../logger';
import { warehouse } from '../clients/warehouse';
import { payments } from '../clients/payments';
import { fxRates } from '../clients/fx';

const reportsRequested = new Counter({ name: 'reports_requested_total', help: 'reports', labelNames: ['kind'] });

export async function revenueReport(orgId: string | undefined, from: string, to: string, currency = 'EUR') {
  if (!orgId) throw new HttpError(400, 'orgId is required');
  reportsRequested.inc({ kind: 'revenue' });
  const range = { start: startOfDay(parseISO(from)), end: endOfDay(parseISO(to)) };

  const revenue = /*@A*/ await warehouse.revenueByDay(orgId, range);
  logger.debug({ orgId, from, to }, 'revenue loaded, loading refunds');
  const refunds = /*@A*/ await payments.refundsBetween(orgId, range.start, range.end);
  const label = `${from}..${to}`;
  const rates = /*@A*/ await fxRates.latest({ base: currency });

  const net = revenue.map((day) => ({
    ...day,
    net: (day.gross - (refunds.byDay[day.date] ?? 0)) * (rates[day.currency] ?? 1),
  }));
  return { orgId, label, currency, days: net };
}
