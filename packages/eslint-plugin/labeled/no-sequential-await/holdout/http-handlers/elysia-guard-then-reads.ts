// case: an Elysia quote endpoint verifies the session cookie, then loads the product and its stock
// category: http-handlers
// why: verifySession is a guard and must settle before anything else starts; after it, the catalog
//      read and the inventory read take only the body's ids and can run together
import { Elysia, t } from 'elysia';
import { verifySession } from '../auth/session';
import { catalog } from '../services/catalog';
import { inventory } from '../services/inventory';

export const quoteRoutes = new Elysia({ prefix: '/checkout' }).post(
  '/quote',
  async ({ body, cookie: { session }, status }) => {
    const viewer = await verifySession(String(session.value));

    const product = /*@A*/ await catalog.getProduct(body.productId);
    const stock = /*@A*/ await inventory.available(body.productId, body.warehouse);

    if (!product) return status(404, 'unknown product');
    return {
      viewer: viewer.id,
      currency: product.currency,
      total: product.unitPrice * body.quantity,
      inStock: stock >= body.quantity,
    };
  },
  {
    body: t.Object({
      productId: t.String(),
      warehouse: t.String(),
      quantity: t.Number({ minimum: 1 }),
    }),
  },
);
