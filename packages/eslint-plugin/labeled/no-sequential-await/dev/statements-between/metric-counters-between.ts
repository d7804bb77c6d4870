// case: a weather card bumps upstream-call counters between the forecast and air-quality reads
// category: statements-between
// why: the counter increments touch metrics only, and no later read looks at them; the two reads
//      take only the city
import { Counter } from 'prom-client';
import { airQualityApi, forecastApi } from '../upstreams';

const upstreamCalls = new Counter({
  name: 'upstream_calls_total',
  help: 'Calls made to upstream weather services',
  labelNames: ['service'],
});
let cardsBuilt = 0;

export async function weatherCard(city: string) {
  upstreamCalls.inc({ service: 'forecast' });
  const forecast = /*@A*/ await forecastApi.daily(city, { days: 3 });
  upstreamCalls.inc({ service: 'air-quality' });
  cardsBuilt++;
  const air = /*@A*/ await airQualityApi.current(city);
  return { city, forecast, aqi: air.aqi, cardsBuilt };
}
