// case: a lending backend computes an amortization schedule by asking the rates service to accrue each period on the running balance
// category: accumulators
// why: each GET is a read, but its principal is the closing balance returned by the previous iteration;
//      the next call cannot start before the last one answered. Not a report.
import axios from 'axios';

const rates = axios.create({ baseURL: process.env.RATES_SERVICE_URL, timeout: 5_000 });

type Period = { start: string; days: number; annualRateBps: number; payment: number };

export async function amortize(loanId: string, openingBalance: number, periods: Period[]) {
  let balance = openingBalance;
  const schedule: Array<{ start: string; interest: number; closing: number }> = [];

  for (const period of periods) {
    const { data } = await rates.get<{ interest: number; closingBalance: number }>('/v1/accrual', {
      params: { loanId, principal: balance, days: period.days, rateBps: period.annualRateBps, payment: period.payment },
    });
    schedule.push({ start: period.start, interest: data.interest, closing: data.closingBalance });
    balance = data.closingBalance;
  }

  return { schedule, finalBalance: balance };
}
