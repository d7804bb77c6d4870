// case: a booking service checks each requested seat inside a MongoDB transaction
// category: transactions
// why: not reported: Seat.findById(...).session(session) reads inside withTransaction on one
//      session, which orders its operations
import mongoose from 'mongoose';
import { Seat, Booking } from './models';

export async function bookSeats(eventId: string, seatIds: string[], userId: string) {
  const session = await mongoose.startSession();
  try {
    await session.withTransaction(async () => {
      const free: string[] = [];
      for (const seatId of seatIds) {
        const seat = await Seat.findById(seatId).session(session);
        if (seat && !seat.heldBy) free.push(seatId);
      }
      await Booking.create([{ eventId, userId, seatIds: free }], { session });
    });
  } finally {
    await session.endSession();
  }
}
