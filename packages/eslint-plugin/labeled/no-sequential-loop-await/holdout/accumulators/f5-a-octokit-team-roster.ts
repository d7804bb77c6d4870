// case: an org audit lists the members of every team and records them in a Map keyed by team slug
// category: accumulators
// why: the loop walks the teams array fetched before it; each iteration reads its own team's members
//      and only sets its own key in the Map, which no call reads, so all reads can start together
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.ORG_AUDIT_TOKEN });

export async function teamRoster(org: string) {
  const teams = await octokit.paginate(octokit.rest.teams.list, { org, per_page: 100 });
  const roster = new Map<string, string[]>();

  /*@A*/ for (const team of teams) {
    const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
      org,
      team_slug: team.slug,
      role: 'all',
      per_page: 100,
    });
    roster.set(team.slug, members.map((m) => m.login).sort());
  }

  const lines = [...roster].map(([slug, logins]) => `${slug}\t${logins.length}\t${logins.join(',')}`);
  console.log(lines.join('\n'));
  return roster;
}
