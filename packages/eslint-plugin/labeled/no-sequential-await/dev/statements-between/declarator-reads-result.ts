// case: a team page declares the user, a team id taken from it, the team and its members in one const
// category: statements-between
// why: the teamId declarator reads the user, so the user read is not a member; the team and
//      members reads both take teamId and are independent of each other
import { getTeam, getUser, listMembers } from '../data';

export async function teamPage(userId: string) {
  const user = await getUser(userId),
    teamId: string = user.primaryTeamId,
    team = /*@A*/ await getTeam(teamId),
    members = /*@A*/ await listMembers(teamId, { includeInvited: false });

  const me = members.find((member) => member.userId === user.id);
  return {
    team: { id: team.id, name: team.name },
    members: members.map((member) => ({ id: member.userId, role: member.role })),
    canInvite: me?.role === 'owner' || me?.role === 'admin',
  };
}
