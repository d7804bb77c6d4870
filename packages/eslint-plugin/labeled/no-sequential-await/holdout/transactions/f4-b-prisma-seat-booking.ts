// case: booking a seat with a Prisma interactive transaction on a client with a model extension
// category: transactions
// why: every call inside $transaction(async (tx) => …) goes through the transaction's connection
//      and stays in order, including the two look-alike reads (a free seat through the extension
//      method and the user's booking count) that do not use each other; the create and the seat
//      update are writes. After commit the confirmation mail uses the booking and is awaited for
//      its effect
import { Prisma, PrismaClient } from '@prisma/client';
import { mailer } from '@/lib/mailer';

const prisma = new PrismaClient().$extends({
  model: {
    seat: {
      async findFree<T>(this: T, eventId: string) {
        const ctx = Prisma.getExtensionContext(this) as any;
        return ctx.findFirst({
          where: { eventId, bookingId: null },
          orderBy: [{ row: 'asc' }, { number: 'asc' }],
        });
      },
    },
  },
});

export class SoldOutError extends Error {}
export class BookingLimitError extends Error {}

export async function bookSeat(eventId: string, userId: string) {
  const booking = await prisma.$transaction(
    async (tx) => {
      const seat = await tx.seat.findFree(eventId);
      const existing = await tx.booking.count({ where: { eventId, userId, status: 'CONFIRMED' } });
      if (!seat) throw new SoldOutError(eventId);
      if (existing >= 4) throw new BookingLimitError(userId);

      const created = await tx.booking.create({
        data: { eventId, userId, status: 'CONFIRMED' },
      });
      await tx.seat.update({ where: { id: seat.id }, data: { bookingId: created.id } });
      return { ...created, seat: { row: seat.row, number: seat.number } };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.Serializable, timeout: 10_000 },
  );

  await mailer.sendBookingConfirmation(userId, booking.id);
  return booking;
}
