// case: an axios client loads a user and their repositories from a REST API
// category: http-clients
// why: both api.get calls are GETs on different paths of the same username and neither uses the
//      other's data; they form one group
import axios from 'axios';

const api = axios.create({
  baseURL: 'https://api.github.com',
  timeout: 10_000,
  headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
});

interface GhUser { login: string; name: string | null; followers: number }
interface GhRepo { full_name: string; stargazers_count: number; fork: boolean }

export async function profileCard(username: string) {
  const { data: user } = /*@A*/ await api.get<GhUser>(`/users/${username}`);
  const { data: repos } = /*@A*/ await api.get<GhRepo[]>(`/users/${username}/repos`, {
    params: { sort: 'updated', per_page: 100 },
  });

  const own = repos.filter((r) => !r.fork);
  return {
    login: user.login,
    name: user.name ?? user.login,
    followers: user.followers,
    stars: own.reduce((n, r) => n + r.stargazers_count, 0),
  };
}
