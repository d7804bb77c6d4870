// case: redeeming a batch of invite codes reads each code from Redis and consumes it
// category: cache-queue
// why: GETDEL returns the value like a read but deletes the key: each iteration is a write (a one-time
//      claim), so the loop is not a set of independent reads
import { Redis } from '@upstash/redis';

const redis = new Redis({
  url: process.env.UPSTASH_REDIS_REST_URL!,
  token: process.env.UPSTASH_REDIS_REST_TOKEN!,
});

export async function redeemInvites(codes: string[], userId: string) {
  const redeemed: Array<{ code: string; teamId: string }> = [];
  for (const code of codes) {
    const invite = await redis.getdel<{ teamId: string; role: string }>(`invite:${code}`);
    if (!invite) continue;
    redeemed.push({ code, teamId: invite.teamId });
  }
  console.info('user %s redeemed %d invites', userId, redeemed.length);
  return redeemed;
}
