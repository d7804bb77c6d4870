// case: a route handler's loadUser helper fills a module map that the next helper, loadPermissions, reads
// category: local-helpers
// why: loadPermissions takes only the id, but it reads the roles that loadUser wrote into sessionUsers;
//      started together it would throw "not loaded"; `await params` only unwraps the route params
import { prisma } from '@/lib/prisma';

const sessionUsers = new Map<string, { id: string; roleIds: string[] }>();

async function loadUser(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, roles: { select: { id: true } } },
  });
  sessionUsers.set(userId, { id: user.id, roleIds: user.roles.map((r) => r.id) });
  return user;
}

async function loadPermissions(userId: string) {
  const cached = sessionUsers.get(userId);
  if (!cached) throw new Error(`user ${userId} not loaded`);
  return prisma.permission.findMany({
    where: { roles: { some: { id: { in: cached.roleIds } } } },
    select: { key: true },
  });
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await loadUser(id);
  const permissions = await loadPermissions(id);
  return Response.json({ email: user.email, permissions: permissions.map((p) => p.key) });
}
