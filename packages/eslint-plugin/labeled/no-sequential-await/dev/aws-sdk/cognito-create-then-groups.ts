// case: an invite flow creates a Cognito user, adds them to a group and reads the groups back
// category: aws-sdk
// why: the create is a write, the group add is a write awaited for its effect, and the group list
//      reads what the add just changed; every step must follow the one before
import {
  CognitoIdentityProviderClient,
  AdminCreateUserCommand,
  AdminAddUserToGroupCommand,
  AdminListGroupsForUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const cognito = new CognitoIdentityProviderClient({ region: 'us-east-1' });

export async function inviteMember(UserPoolId: string, email: string, group: string) {
  const { User } = await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: email,
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
      ],
      DesiredDeliveryMediums: ['EMAIL'],
    }),
  );

  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: User!.Username!, GroupName: group }));
  const { Groups } = await cognito.send(
    new AdminListGroupsForUserCommand({ UserPoolId, Username: User!.Username! }),
  );

  return { username: User!.Username, groups: Groups?.map((g) => g.GroupName) ?? [] };
}
