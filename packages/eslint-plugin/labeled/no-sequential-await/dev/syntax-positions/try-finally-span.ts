// case: an account overview reads the user and the subscription in a try block that ends a span in finally
// category: syntax-positions
// why: the two reads are consecutive statements in the try block and independent; the flush in
//      finally is awaited for its effect
import { trace } from '@opentelemetry/api';
import { billingApi, usersApi } from '../clients';
import { flushTelemetry } from '../telemetry';

const tracer = trace.getTracer('account-page');

export async function accountOverview(userId: string) {
  const span = tracer.startSpan('accountOverview');
  try {
    const user = /*@A*/ await usersApi.get(userId);
    const subscription = /*@A*/ await billingApi.subscriptionFor(userId);
    span.setAttribute('plan', subscription.plan);
    return { name: user.name, plan: subscription.plan, renewsAt: subscription.renewsAt };
  } finally {
    span.end();
    await flushTelemetry();
  }
}
