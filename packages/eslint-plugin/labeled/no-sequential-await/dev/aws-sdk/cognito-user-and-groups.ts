// case: an admin API reads a Cognito user and their groups, then records the last admin view
// category: aws-sdk
// why: AdminGetUser and AdminListGroupsForUser are reads of the same user that do not use each
//      other; the attribute update is a write awaited for its effect after the group
import {
  CognitoIdentityProviderClient,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminUpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const cognito = new CognitoIdentityProviderClient({});
const UserPoolId = process.env.USER_POOL_ID!;

export async function adminGetUser(username: string, adminId: string) {
  const user = /*@A*/ await cognito.send(new AdminGetUserCommand({ UserPoolId, Username: username }));
  const { Groups = [] } = /*@A*/ await cognito.send(
    new AdminListGroupsForUserCommand({ UserPoolId, Username: username, Limit: 60 }),
  );

  await cognito.send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId,
      Username: username,
      UserAttributes: [{ Name: 'custom:last_admin_view', Value: `${adminId}@${Date.now()}` }],
    }),
  );

  return {
    username: user.Username,
    status: user.UserStatus,
    enabled: user.Enabled,
    attributes: Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value])),
    groups: Groups.map((g) => g.GroupName),
  };
}
