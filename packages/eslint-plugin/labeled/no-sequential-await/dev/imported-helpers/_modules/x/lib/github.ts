import { gh, GitHubError } from './http';

export type Repo = {
  full_name: string;
  description: string | null;
  stargazers_count: number;
  default_branch: string;
  open_issues_count: number;
};

export type Pull = { number: number; title: string; user: { login: string }; draft: boolean };

export type Release = { tag_name: string; name: string | null; published_at: string };

export function getRepo(owner: string, name: string) {
  return gh<Repo>(`/repos/${owner}/${name}`);
}

export async function listPulls(owner: string, name: string, state: 'open' | 'closed' | 'all') {
  const pulls = await gh<Pull[]>(`/repos/${owner}/${name}/pulls`, {
    query: { state, per_page: 30, sort: 'updated' },
  });
  return pulls.filter(pull => !pull.draft);
}

export async function latestRelease(owner: string, name: string): Promise<Release | null> {
  try {
    return await gh<Release>(`/repos/${owner}/${name}/releases/latest`);
  } catch (error) {
    if (error instanceof GitHubError && error.status === 404) return null;
    throw error;
  }
}

export function starRepo(owner: string, name: string) {
  return gh<void>(`/user/starred/${owner}/${name}`, { method: 'PUT' });
}

export function createIssue(owner: string, name: string, title: string, body: string) {
  return gh<{ number: number; html_url: string }>(`/repos/${owner}/${name}/issues`, {
    method: 'POST',
    body: { title, body },
  });
}
