// case: a billing summary logs the account's plan, then reads invoices and metered usage
// category: statements-between
// why: the log statement reads the account result, which ends any group with the account read;
//      after it, invoices and usage take only the id and are independent
import pino from 'pino';
import { accounts } from '../accounts';
import { metering } from '../metering';
import { stripeInvoices } from '../stripe-invoices';

const logger = pino();

export async function billingSummary(accountId: string) {
  const account = await accounts.get(accountId);
  logger.info({ accountId, plan: account.plan }, 'building billing summary');
  const invoices = /*@A*/ await stripeInvoices.list(accountId, { limit: 12 });
  const usage = /*@A*/ await metering.usageThisPeriod(accountId);
  return { plan: account.plan, invoices, usage };
}
