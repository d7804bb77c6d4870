// case: an Express middleware loads the account and its feature flags into res.locals
// category: http-handlers
// why: both res.locals assignments read by the session's user id and neither reads what the other
//      stored; next() is called after both, so the two reads can be gathered
import type { NextFunction, Request, Response } from 'express';
import { accountsService } from '../services/accounts';
import { flagsClient } from '../services/flags';

export async function loadAccountContext(req: Request, res: Response, next: NextFunction) {
  try {
    const userId = req.session.userId as string;
    const country = req.get('cf-ipcountry') ?? 'US';

    res.locals.account = /*@A*/ await accountsService.findById(userId);
    res.locals.flags = /*@A*/ await flagsClient.evaluateAll({ userId, country });

    if (!res.locals.account) {
      res.status(401).json({ error: 'account not found' });
      return;
    }
    next();
  } catch (err) {
    next(err);
  }
}
