// case: a repo search mutates the query params between loading the viewer and running the search
// category: statements-between
// why: params.set writes the object the search URL is built from, between the two awaits, so the
//      statement cannot stay between members and the group ends there
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

interface RepoHit {
  full_name: string;
  stargazers_count: number;
}

export async function searchMyRepos(text: string) {
  const params = new URLSearchParams({ q: text, per_page: '20' });
  const { data: viewer } = await octokit.rest.users.getAuthenticated();
  params.set('sort', 'updated');
  const { data: found } = await octokit.request(`GET /search/repositories?${params}`);
  return {
    viewer: viewer.login,
    repos: (found.items as RepoHit[]).map((repo) => ({ name: repo.full_name, stars: repo.stargazers_count })),
  };
}
