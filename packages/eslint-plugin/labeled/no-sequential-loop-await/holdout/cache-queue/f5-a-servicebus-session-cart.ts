// case: a Service Bus session consumer folds each received cart event into the session state
// category: cache-queue
// why: every iteration goes through one session receiver, reads the session state the previous
//      iteration wrote with setSessionState, and settles its message: ordered writes on one
//      session. Not reported.
import { ServiceBusClient, type ServiceBusReceivedMessage } from '@azure/service-bus';

const sb = new ServiceBusClient(process.env.SERVICEBUS_CONNECTION_STRING!);

type CartState = { items: Record<string, number>; version: number };

function apply(state: CartState, message: ServiceBusReceivedMessage): CartState {
  const { sku, delta } = message.body as { sku: string; delta: number };
  const items = { ...state.items, [sku]: Math.max(0, (state.items[sku] ?? 0) + delta) };
  return { items, version: state.version + 1 };
}

export async function drainOneSession() {
  const receiver = await sb.acceptNextSession('cart-events', { maxAutoLockRenewalDurationInMs: 60_000 });
  try {
    const messages = await receiver.receiveMessages(50, { maxWaitTimeInMs: 5_000 });
    for (const message of messages) {
      const current: CartState = (await receiver.getSessionState()) ?? { items: {}, version: 0 };
      await receiver.setSessionState(apply(current, message));
      await receiver.completeMessage(message);
    }
    return { sessionId: receiver.sessionId, processed: messages.length };
  } finally {
    await receiver.close();
  }
}
