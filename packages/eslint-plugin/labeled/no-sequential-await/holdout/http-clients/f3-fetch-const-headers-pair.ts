// case: a repo card fetches the repository and its languages from the GitHub REST API with one headers object
// category: http-clients
// why: both GETs share a const headers object that neither request changes, and neither uses the
//      other's result; they are plain reads of different endpoints
const GITHUB_API = 'https://api.github.com';

interface RepoCard {
  fullName: string;
  stars: number;
  languages: Record<string, number>;
}

export async function loadRepoCard(owner: string, repo: string, token: string): Promise<RepoCard> {
  const headers = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
  };

  const info = /*@A*/ await fetch(`${GITHUB_API}/repos/${owner}/${repo}`, { headers }).then((r) => r.json());
  const languages = /*@A*/ await fetch(`${GITHUB_API}/repos/${owner}/${repo}/languages`, { headers }).then((r) =>
    r.json(),
  );

  return {
    fullName: info.full_name,
    stars: info.stargazers_count,
    languages,
  };
}
