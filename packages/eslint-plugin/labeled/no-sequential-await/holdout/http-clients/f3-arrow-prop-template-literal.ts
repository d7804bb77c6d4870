// case: a Slack slash-command table whose async arrow property builds its reply from awaits in a template literal
// category: http-clients
// why: the three octokit reads inside the template literal are evaluated one after another and all
//      take the same owner/repo from the arguments; none reads another's response
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

type CommandArgs = { owner: string; name: string; userId: string };

export const slackCommands: Record<string, (args: CommandArgs) => Promise<string>> = {
  repo: async ({ owner, name }) => {
    const where = { owner, repo: name };
    return `*${owner}/${name}*: ${
      (/*@A*/ await octokit.rest.repos.get(where)).data.stargazers_count
    } stars, ${
      (/*@A*/ await octokit.rest.pulls.list({ ...where, state: 'open', per_page: 100 })).data.length
    } open PRs, latest release ${
      (/*@A*/ await octokit.rest.repos.getLatestRelease(where)).data.tag_name
    }`;
  },

  whoami: async ({ userId }) => {
    const { data } = await octokit.rest.users.getByUsername({ username: userId });
    return `${data.login} (${data.public_repos} public repos)`;
  },
};
