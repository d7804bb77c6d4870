// case: request context resolution reads the session from Redis and the flags from LaunchDarkly in a try block
// category: cache-queue
// why: the session read and the flag evaluation both use values taken from the request before the
//      try; neither uses the other's result, and the catch/finally do not change that
import { Redis } from '@upstash/redis';
import { init, type LDFlagsState } from '@launchdarkly/node-server-sdk';
import { getCookie } from './cookies';
import { logger, metrics } from './observability';

const redis = Redis.fromEnv();
const ldClient = init(process.env.LD_SDK_KEY!);

type SessionData = { userId: string; role: 'member' | 'admin' };
export type RequestContext = { tenant: string; session: SessionData | null; flags: Record<string, unknown> };

export async function resolveRequestContext(req: Request): Promise<RequestContext> {
  const sid = getCookie(req, 'sid');
  const tenant = req.headers.get('x-tenant') ?? 'public';
  if (!sid) {
    return { tenant, session: null, flags: {} };
  }

  const timer = metrics.startTimer('request_context');
  try {
    const session = /*@A*/ await redis.get<SessionData>(`sess:${sid}`);
    const flags: LDFlagsState = /*@A*/ await ldClient.allFlagsState({ kind: 'tenant', key: tenant });
    return { tenant, session, flags: flags.allValues() };
  } catch (err) {
    logger.warn({ err, tenant }, 'request context degraded');
    return { tenant, session: null, flags: {} };
  } finally {
    timer.end();
  }
}
