// case: an Express login route checks a Twilio Verify code, then loads the account and its last-login record before creating a session
// category: saas-sdks
// why: the verification check is a guard: the code must be approved before anything else starts, so
//      it is not a member; after it the user row and the last-login key in Redis both take only the
//      phone number (A); the session insert needs user.id, and the Redis set is a discarded write
import { Router } from 'express';
import twilio from 'twilio';
import { prisma } from '../lib/prisma';
import { redis } from '../lib/redis';
import { signSession } from '../lib/session';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const VERIFY_SID = process.env.TWILIO_VERIFY_SERVICE_SID!;
export const router = Router();

router.post('/auth/verify', async (req, res) => {
  const { phone, code } = req.body as { phone: string; code: string };

  const check = await client.verify.v2
    .services(VERIFY_SID)
    .verificationChecks.create({ to: phone, code });
  if (check.status !== 'approved') {
    return res.status(401).json({ error: 'The code is wrong or expired.' });
  }

  const user = /*@A*/ await prisma.user.findUnique({ where: { phone } });
  const lastLogin = /*@A*/ await redis.get(`login:last:${phone}`);
  if (!user) return res.status(404).json({ error: 'No account for this number.' });

  const session = await prisma.session.create({
    data: { userId: user.id, userAgent: req.get('user-agent') ?? 'unknown' },
  });
  await redis.set(`login:last:${phone}`, new Date().toISOString());

  res.cookie('sid', signSession(session.id), { httpOnly: true, secure: true, sameSite: 'lax' });
  return res.json({ id: user.id, previousLogin: lastLogin });
});
