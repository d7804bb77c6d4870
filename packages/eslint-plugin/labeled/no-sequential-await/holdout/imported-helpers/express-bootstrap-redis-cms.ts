// case: an Express bootstrap endpoint returns a user's flag overrides, quota and the active announcements via imported helpers
// category: imported-helpers
// why: getFlagOverrides is a Redis GET, getQuotaState a Redis HGETALL on another key (for display,
//      not a guard), and currentAnnouncements a fetch GET to the CMS; all only read and take values
//      known before the first await, so the three form one group
import { Router, type Request, type Response } from 'express';
import { currentAnnouncements } from './_modules/announcements';
import { getFlagOverrides, getQuotaState } from './_modules/redis-state';
import { requireSession } from './_modules/session-middleware';

export const bootstrapRouter = Router();

bootstrapRouter.get('/api/me/bootstrap', requireSession, async (req: Request, res: Response) => {
  const userId = res.locals.user.id as string;
  const locale = req.acceptsLanguages('en', 'de', 'fr') || 'en';

  try {
    const overrides = /*@A*/ await getFlagOverrides(userId);
    const quota = /*@A*/ await getQuotaState(userId);
    const announcements = /*@A*/ await currentAnnouncements(locale);

    res.set('cache-control', 'no-store').json({
      flags: { newEditor: false, betaExports: false, ...overrides },
      quota: { ...quota, remaining: Math.max(0, quota.limit - quota.used) },
      announcements,
    });
  } catch (err) {
    req.log?.error({ err }, 'bootstrap failed');
    res.status(503).json({ error: 'temporarily_unavailable' });
  }
});
