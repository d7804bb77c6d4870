// case: a checkout reserves stock for every cart line inside one Firestore transaction
// category: transactions
// why: the loop reads each product through the transaction handle (tx.get) and queues an update on
//      it; all reads must go through the one transaction in order, and the body throws when stock
//      runs out. Not reported.
import { getFirestore, FieldValue } from 'firebase-admin/firestore';

const db = getFirestore();

interface CartLine {
  productId: string;
  quantity: number;
}

export async function reserveStock(orderId: string, lines: CartLine[]) {
  await db.runTransaction(async (tx) => {
    const reads = [];
    for (const line of lines) {
      const ref = db.collection('products').doc(line.productId);
      const snap = await tx.get(ref);
      const available = (snap.get('stock') as number | undefined) ?? 0;
      if (available < line.quantity) {
        throw new Error(`only ${available} left of ${line.productId}`);
      }
      reads.push({ ref, line });
    }
    for (const { ref, line } of reads) {
      tx.update(ref, { stock: FieldValue.increment(-line.quantity), [`holds.${orderId}`]: line.quantity });
    }
  });
}
