// case: a Next.js route handler loads public profiles for requested ids with Drizzle, TS-annotated and skipping misses
// category: http-handlers
// why: the ids are parsed before the loop; each iteration reads one user row (typed with annotations
//      and `satisfies`), skips with `continue` when missing, and pushes; nothing orders the reads
import { eq } from 'drizzle-orm';
import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/db';
import { users } from '@/db/schema';

type PublicProfile = { id: string; handle: string; avatarUrl: string | null };

export async function GET(req: NextRequest) {
  const ids: string[] = (req.nextUrl.searchParams.get('ids') ?? '').split(',').filter(Boolean).slice(0, 25);
  const profiles: PublicProfile[] = [];

  /*@A*/ for (const id of ids) {
    const user: typeof users.$inferSelect | undefined = await db.query.users.findFirst({
      where: eq(users.id, id),
    });
    if (!user || user.suspendedAt !== null) continue;
    profiles.push({ id: user.id, handle: user.handle, avatarUrl: user.avatarUrl ?? null } satisfies PublicProfile);
  }

  return NextResponse.json({ profiles }, { headers: { 'cache-control': 'private, max-age=30' } });
}
