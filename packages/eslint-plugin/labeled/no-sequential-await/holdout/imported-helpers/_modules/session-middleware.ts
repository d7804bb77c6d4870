import type { NextFunction, Request, Response } from 'express';
import { verifySessionCookie } from './session-crypto';

export function requireSession(req: Request, res: Response, next: NextFunction) {
  const user = verifySessionCookie(req.cookies?.sid);
  if (!user) {
    res.status(401).json({ error: 'unauthenticated' });
    return;
  }
  res.locals.user = user;
  next();
}
