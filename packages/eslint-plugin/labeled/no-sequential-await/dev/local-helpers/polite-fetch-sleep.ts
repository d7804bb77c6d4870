// case: a research bot fetches repository metadata and contributors through a helper that sleeps
// category: local-helpers
// why: politeFetchJson waits a fixed delay before every request on purpose (pacing against a
//      rate limit); running the two calls together would defeat the delay, so they stay in order
import { setTimeout as sleep } from 'node:timers/promises';

interface RepoMeta { stargazers_count: number; open_issues_count: number }
interface Contributor { login: string; contributions: number }

const DELAY_MS = 1_000;

async function politeFetchJson<T>(url: string): Promise<T> {
  await sleep(DELAY_MS);
  const res = await fetch(url, { headers: { 'User-Agent': 'research-bot/1.0 (+https://example.org/bot)' } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

export async function repoStats(owner: string, repo: string) {
  const meta = await politeFetchJson<RepoMeta>(`https://api.github.com/repos/${owner}/${repo}`);
  const contributors = await politeFetchJson<Contributor[]>(
    `https://api.github.com/repos/${owner}/${repo}/contributors?per_page=100`,
  );
  return { stars: meta.stargazers_count, issues: meta.open_issues_count, contributors: contributors.length };
}
