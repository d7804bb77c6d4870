// case: a daily digest message built with Sequelize counts awaited inside a template literal
// category: syntax-positions
// why: the three awaits in the template run left to right; each counts a different model with the same
//      date filter (built before them and never changed) and none uses another's value
import { Op } from 'sequelize';
import { Order, Signup, Ticket } from '../models';
import { slack } from '../lib/slack';

export async function buildDailyDigest(): Promise<string> {
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const recent = { createdAt: { [Op.gte]: since } };

  const text = `Last 24h: ${/*@A*/ await Signup.count({ where: recent })} signups, ${/*@A*/ await Order.count({
    where: { ...recent, status: 'paid' },
  })} paid orders, ${/*@A*/ await Ticket.count({ where: { ...recent, priority: 'high' } })} urgent tickets`;

  return text;
}

export async function postDailyDigest() {
  const text = await buildDailyDigest();
  await slack.chat.postMessage({ channel: '#metrics', text });
}
