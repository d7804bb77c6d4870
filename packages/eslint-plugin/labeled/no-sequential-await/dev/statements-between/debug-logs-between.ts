// case: an account page logs before each read and reads the user and their recent orders
// category: statements-between
// why: the debug log between the two reads uses only the id and changes nothing the second read
//      uses, so it can stay in between; the final log reads a result and comes after the group
import pino from 'pino';
import { orders, users } from '../services';

const logger = pino({ name: 'account-page' });

export async function accountPage(userId: string) {
  logger.debug({ userId }, 'loading user');
  const user = /*@A*/ await users.get(userId);
  logger.debug({ userId }, 'loading recent orders');
  const recentOrders = /*@A*/ await orders.list({ userId, limit: 5 });
  logger.info({ userId, orders: recentOrders.length }, 'account page ready');
  return { user, recentOrders };
}
