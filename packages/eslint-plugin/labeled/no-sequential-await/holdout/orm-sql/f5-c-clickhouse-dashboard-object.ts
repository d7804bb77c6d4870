// case: an analytics API returns totals, top pages and a daily series from ClickHouse in one object
// category: orm-sql
// why: the three rows() calls in the returned object literal each run their own SELECT with the
//      same site id and range and read nothing of each other, so they form group A; inside rows()
//      the single await is the query itself and its result set is read afterwards
import { createClient } from '@clickhouse/client';

const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL, database: 'analytics' });

async function rows<T>(query: string, query_params: Record<string, unknown>): Promise<T[]> {
  const resultSet = await clickhouse.query({ query, query_params, format: 'JSONEachRow' });
  return resultSet.json<T>();
}

const range = 'site_id = {siteId:String} AND ts BETWEEN {from:DateTime} AND {to:DateTime}';

export async function siteOverview(siteId: string, from: string, to: string) {
  const params = { siteId, from, to };
  return {
    siteId,
    totals: /*@A*/ await rows<{ views: string; visitors: string }>(
      `SELECT count() AS views, uniq(visitor_id) AS visitors FROM pageviews WHERE ${range}`,
      params,
    ),
    topPages: /*@A*/ await rows<{ path: string; views: string }>(
      `SELECT path, count() AS views FROM pageviews WHERE ${range}
       GROUP BY path ORDER BY views DESC LIMIT 10`,
      params,
    ),
    daily: /*@A*/ await rows<{ day: string; views: string }>(
      `SELECT toDate(ts) AS day, count() AS views FROM pageviews WHERE ${range}
       GROUP BY day ORDER BY day`,
      params,
    ),
  };
}
