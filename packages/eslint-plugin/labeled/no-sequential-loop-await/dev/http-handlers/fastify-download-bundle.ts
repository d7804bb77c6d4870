// case: a Fastify route checks the caller may read each document before zipping them
// category: http-handlers
// why: not reported: the loop awaits assertCanRead for its effect (a guard, discarded result);
//      every check must pass before anything after it, and the zip is built only after the loop
import type { FastifyInstance } from 'fastify';
import { authz } from '../authz';
import { buildZip } from '../zip';

export default async function routes(app: FastifyInstance) {
  app.post<{ Body: { documentIds: string[] } }>('/bundles', async (request, reply) => {
    const { documentIds } = request.body;
    for (const id of documentIds) {
      await authz.assertCanRead(request.user, 'document', id);
    }
    const zip = await buildZip(documentIds);
    return reply.header('content-type', 'application/zip').send(zip);
  });
}
