// case: a Medusa v2 admin API route resolves each requested product handle with query.graph for a bulk-edit screen
// category: http-handlers
// why: the loop runs over the handles array from the validated body; each iteration awaits query.graph,
//      a read for its own handle, skips missing products with `continue` and pushes the result. No
//      iteration depends on another and nothing stops the loop early: one report.
import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';

type Body = { handles: string[] };

export const POST = async (req: MedusaRequest<Body>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const found: unknown[] = [];
  const missing: string[] = [];

  /*@A*/ for (const handle of req.validatedBody.handles) {
    const { data } = await query.graph({
      entity: 'product',
      fields: ['id', 'title', 'handle', 'status', 'variants.id', 'variants.sku', 'variants.prices.*'],
      filters: { handle },
    });
    if (data.length === 0) {
      missing.push(handle);
      continue;
    }
    found.push(data[0]);
  }

  res.json({ products: found, missing });
};
