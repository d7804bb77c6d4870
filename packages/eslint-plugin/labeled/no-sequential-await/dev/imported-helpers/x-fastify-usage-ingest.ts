// case: a Fastify route reads the account, then reports metered usage to the billing meter
// category: imported-helpers
// why: getAccount is a prisma read, but recordUsage goes through the meter() fetch wrapper with
//      method POST and an idempotency key: it records a usage event (a write). A write may not
//      start before the earlier read has settled (if getAccount fails, the usage would be billed
//      where today it is not), so the two stay in order
import type { FastifyInstance } from 'fastify';

import { getAccount } from './_modules/x/lib/accounts';
import { recordUsage } from './_modules/x/lib/metering';

type UsageBody = { feature: string; units: number };

export default async function usageRoutes(app: FastifyInstance) {
  app.post<{ Params: { accountId: string }; Body: UsageBody }>(
    '/accounts/:accountId/usage',
    {
      schema: {
        body: {
          type: 'object',
          required: ['feature', 'units'],
          properties: { feature: { type: 'string' }, units: { type: 'integer', minimum: 1 } },
        },
      },
    },
    async (request, reply) => {
      const { accountId } = request.params;
      const account = await getAccount(accountId);
      const receipt = await recordUsage(accountId, request.body.feature, request.body.units);
      return reply.code(202).send({ plan: account?.plan ?? 'unknown', receipt });
    },
  );
}
