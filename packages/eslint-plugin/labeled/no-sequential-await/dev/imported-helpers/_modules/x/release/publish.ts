import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function publishRelease(version: string, sha: string, body: string) {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? 'acme/widgets').split('/');
  const { data } = await octokit.repos.createRelease({
    owner,
    repo,
    tag_name: `v${version}`,
    target_commitish: sha,
    name: `v${version}`,
    body,
  });
  return data.html_url;
}
