// case: a withdrawal reads the balance and pending holds under a per-account async-mutex lock
// category: transactions
// why: the reads run inside runExclusive, so they are serialized under the lock together with the
//      append that depends on them
import { Mutex } from 'async-mutex';
import { ledger } from './ledger';

const locks = new Map<string, Mutex>();

function lockFor(account: string): Mutex {
  let lock = locks.get(account);
  if (!lock) {
    lock = new Mutex();
    locks.set(account, lock);
  }
  return lock;
}

export async function withdraw(account: string, amount: number) {
  return lockFor(account).runExclusive(async () => {
    const balance = await ledger.balance(account);
    const holds = await ledger.pendingHolds(account);
    if (balance - holds < amount) throw new Error('insufficient funds');
    return ledger.append(account, { amount: -amount, kind: 'withdrawal' });
  });
}
