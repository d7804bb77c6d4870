// case: an access review lists the members of every team in every organization
// category: syntax-shapes
// why: both nested loops are reported. Outer loop A reads each org's teams (and its inner reads)
//      using only that org. Inner loop B reads each team's members for its own team slug and
//      pushes rows; no iteration uses another's result
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function accessReview(orgs: string[]) {
  const rows: { org: string; team: string; login: string }[] = [];
  /*@A*/ for (const org of orgs) {
    const { data: teams } = await octokit.rest.teams.list({ org, per_page: 100 });
    /*@B*/ for (const team of teams) {
      const { data: members } = await octokit.rest.teams.listMembersInOrg({ org, team_slug: team.slug, per_page: 100 });
      for (const m of members) rows.push({ org, team: team.slug, login: m.login });
    }
  }
  return rows;
}
