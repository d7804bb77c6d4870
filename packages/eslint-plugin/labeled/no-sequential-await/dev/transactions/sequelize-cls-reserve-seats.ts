// case: a seat reservation helper is only called inside a CLS-managed Sequelize transaction
// category: transactions
// why: with Sequelize.useCLS every query inside the transaction callback joins it implicitly, and
//      reserveSeats is only called from there, so its two reads stay in order with the create
import { createNamespace } from 'cls-hooked';
import { Sequelize } from 'sequelize';
import { Reservation, Seat, Show } from './models';

Sequelize.useCLS(createNamespace('booking-tx'));
export const sequelize = new Sequelize(process.env.DATABASE_URL!);

async function reserveSeats(showId: number, seatIds: number[], userId: number) {
  const show = await Show.findByPk(showId, { rejectOnEmpty: true });
  const seats = await Seat.findAll({ where: { id: seatIds, showId, reservedBy: null }, lock: true });
  if (seats.length !== seatIds.length || show.startsAt < new Date()) throw new Error('seats unavailable');
  await Seat.update({ reservedBy: userId }, { where: { id: seatIds } });
  return Reservation.create({ showId, userId, seatIds });
}

export async function bookSeats(showId: number, seatIds: number[], userId: number): Promise<number> {
  const reservation = await sequelize.transaction(() => reserveSeats(showId, seatIds, userId));
  return reservation.id;
}
