// case: a route handler reads the signed-in org, its memberships and the current user through Clerk's backend client
// category: saas-sdks
// why: auth() ends in an early return, and the client must exist before any backend call; the three
//      backend reads use ids from auth() and the client, not each other's results
import { auth, clerkClient } from '@clerk/nextjs/server';

export async function GET() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return new Response('Unauthorized', { status: 401 });

  const client = await clerkClient();
  const org = /*@A*/ await client.organizations.getOrganization({ organizationId: orgId });
  const memberships = /*@A*/ await client.organizations.getOrganizationMembershipList({
    organizationId: orgId,
    limit: 100,
  });
  const me = /*@A*/ await client.users.getUser(userId);

  return Response.json({
    org: { name: org.name, slug: org.slug, seats: org.maxAllowedMemberships },
    members: memberships.data.map((m) => ({
      id: m.publicUserData?.userId,
      name: [m.publicUserData?.firstName, m.publicUserData?.lastName].filter(Boolean).join(' '),
      role: m.role,
    })),
    me: { email: me.primaryEmailAddress?.emailAddress },
  });
}
