// case: an Express quote endpoint prices every line of the posted cart
// category: http-handlers
// why: catalog.getProduct is a read for each line's product; the line total is pushed after the
//      await and nothing carries over, so all products can be loaded together
import express, { type Request, type Response } from 'express';
import { catalog } from '../services/catalog';

export const quotes = express.Router();

quotes.post('/quotes', async (req: Request, res: Response) => {
  const lines: { productId: string; quantity: number }[] = req.body.lines ?? [];

  const priced = [];
  /*@A*/ for (const line of lines) {
    const product = await catalog.getProduct(line.productId);
    priced.push({
      productId: line.productId,
      name: product.name,
      unitCents: product.priceCents,
      totalCents: product.priceCents * line.quantity,
    });
  }

  res.json({ lines: priced, totalCents: priced.reduce((sum, l) => sum + l.totalCents, 0) });
});
