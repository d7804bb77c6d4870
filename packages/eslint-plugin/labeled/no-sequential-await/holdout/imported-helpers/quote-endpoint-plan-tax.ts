// case: an Express quote endpoint looks up the plan and the tax rate through imported pricing helpers
// category: imported-helpers
// why: fetchPlan and lookupTaxRate are async but only read module-level Maps built at import time;
//      there is no I/O behind either, so running them together saves nothing
import express from 'express';
import { z } from 'zod';
import { fetchPlan, lookupTaxRate } from './_modules/pricing/catalog';

const QuoteBody = z.object({
  planId: z.string(),
  seats: z.number().int().min(1).max(10_000),
  country: z.string().length(2),
});

export const quotes = express.Router();

quotes.post('/api/quote', express.json(), async (req, res, next) => {
  const parsed = QuoteBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  const { planId, seats, country } = parsed.data;

  try {
    const plan = await fetchPlan(planId);
    const taxRate = await lookupTaxRate(country);

    const extraSeats = Math.max(0, seats - plan.includedSeats);
    const net = plan.monthlyCents + extraSeats * plan.seatCents;
    const tax = Math.round(net * taxRate);
    res.json({ plan: plan.name, seats, netCents: net, taxCents: tax, totalCents: net + tax });
  } catch (err) {
    next(err);
  }
});
