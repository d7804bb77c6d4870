// case: a Nuxt server route requires a session, validates the body, updates settings and reads them back
// category: http-handlers
// why: requireUserSession is a guard; the body read comes after it; the update is awaited for its effect
//      and the final select reads the same row it wrote, so nothing here may run together
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { userSettings } from '~~/server/database/schema';

const bodySchema = z.object({
  theme: z.enum(['light', 'dark', 'system']),
  weeklyDigest: z.boolean(),
});

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const body = await readValidatedBody(event, bodySchema.parse);

  await useDrizzle()
    .update(userSettings)
    .set({ theme: body.theme, weeklyDigest: body.weeklyDigest, updatedAt: new Date() })
    .where(eq(userSettings.userId, user.id));

  const [saved] = await useDrizzle()
    .select()
    .from(userSettings)
    .where(eq(userSettings.userId, user.id))
    .limit(1);

  return saved;
});
