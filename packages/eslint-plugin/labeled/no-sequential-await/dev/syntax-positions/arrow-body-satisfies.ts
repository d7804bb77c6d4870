// case: a dashboard loader is an arrow whose expression body is an object literal checked with satisfies
// category: syntax-positions
// why: the two awaited properties are evaluated in order and take only the service id; a generic
//      type argument and `satisfies` change nothing at runtime
import { alerts } from '../api/alerts';
import { statsApi } from '../api/stats';
import type { Alert, Stats } from '../types';

interface Dashboard {
  stats: Stats;
  openAlerts: Alert[];
}

export const loadDashboard = async (serviceId: string) =>
  ({
    stats: /*@A*/ await statsApi.get<Stats>(serviceId, { window: '24h' }),
    openAlerts: /*@A*/ await alerts.openFor(serviceId),
  }) satisfies Dashboard;
