// case: an RSVP endpoint locks the event row, counts attendees and looks up the user's RSVP inside a Sequelize managed transaction
// category: transactions
// why: all three reads pass `transaction: t`, so they run in order on the transaction's single connection
//      (the first one holds the row lock the count relies on); reads inside a transaction are not grouped
import { Op } from 'sequelize';
import { sequelize } from '../db';
import { Event, Rsvp } from '../models';

export async function rsvp(eventId: number, userId: number) {
  return sequelize.transaction(async (t) => {
    const event = await Event.findByPk(eventId, { transaction: t, lock: t.LOCK.UPDATE });
    const going = await Rsvp.count({
      where: { eventId, status: 'going', userId: { [Op.ne]: userId } },
      transaction: t,
    });
    const mine = await Rsvp.findOne({ where: { eventId, userId }, transaction: t });
    if (!event) throw new Error('event not found');

    const status = going < event.capacity ? 'going' : 'waitlisted';
    if (mine) {
      return mine.update({ status }, { transaction: t });
    }
    return Rsvp.create({ eventId, userId, status }, { transaction: t });
  });
}
