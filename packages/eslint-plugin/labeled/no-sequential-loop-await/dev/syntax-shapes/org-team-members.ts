// case: an access review lists the members of every team in every organization
// category: syntax-shapes
// why: inner loop B is reported: it reads each team's members for its own team slug and pushes
//      rows; no iteration uses another's result. Outer loop A is not: its iterations are
//      independent too, but gathering both would start every team of every org at once; of a
//      nested pair the rule gathers the inner loop when it can (a design choice, see the rule doc)
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function accessReview(orgs: string[]) {
  const rows: { org: string; team: string; login: string }[] = [];
  for (const org of orgs) {
    const { data: teams } = await octokit.rest.teams.list({ org, per_page: 100 });
    /*@A*/ for (const team of teams) {
      const { data: members } = await octokit.rest.teams.listMembersInOrg({ org, team_slug: team.slug, per_page: 100 });
      for (const m of members) rows.push({ org, team: team.slug, login: m.login });
    }
  }
  return rows;
}
