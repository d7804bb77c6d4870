import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function repoStats(owner: string, repo: string) {
  const { data } = await octokit.repos.get({ owner, repo });
  return { stars: data.stargazers_count, forks: data.forks_count };
}

export async function openIssues(owner: string, repo: string) {
  const { data } = await octokit.issues.listForRepo({ owner, repo, state: 'open' });
  return data;
}

export async function starRepo(owner: string, repo: string) {
  await octokit.activity.starRepoForAuthenticatedUser({ owner, repo });
}
