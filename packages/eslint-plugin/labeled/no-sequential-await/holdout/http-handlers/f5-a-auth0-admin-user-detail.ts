// case: an admin API route checks the caller, then loads a user's Auth0 record, roles and permissions
// category: http-handlers
// why: assertAdmin is a guard that must pass before any lookup starts; users.get, getRoles and
//      getPermissions take the same id and ignore each other (A); the organization read runs only
//      in a `? :` branch and uses the user record, so it is no member
import { ManagementClient } from 'auth0';
import type { Request, Response } from 'express';
import { assertAdmin } from '../auth/guards';

const management = new ManagementClient({
  domain: process.env.AUTH0_DOMAIN!,
  clientId: process.env.AUTH0_CLIENT_ID!,
  clientSecret: process.env.AUTH0_CLIENT_SECRET!,
});

export async function getUserDetail(req: Request, res: Response) {
  await assertAdmin(req);
  const id = req.params.userId;

  const { data: user } = /*@A*/ await management.users.get({ id });
  const { data: roles } = /*@A*/ await management.users.getRoles({ id });
  const { data: permissions } = /*@A*/ await management.users.getPermissions({ id, per_page: 100 });

  const orgId = user.app_metadata?.org_id as string | undefined;
  const org = orgId ? (await management.organizations.get({ id: orgId })).data : null;

  res.json({
    user: { id: user.user_id, email: user.email, lastLogin: user.last_login, blocked: user.blocked },
    roles: roles.map((role) => role.name),
    permissions: permissions.map((p) => p.permission_name),
    org: org && { id: org.id, name: org.display_name },
  });
}
