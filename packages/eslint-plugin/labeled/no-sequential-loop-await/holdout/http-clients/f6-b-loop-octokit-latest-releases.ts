// case: an org dashboard script reads the latest release of each repository with Octokit
// category: http-clients
// why: the repository list exists before the loop; getLatestRelease is a GET for the iteration's repo;
//      the catch only records a missing release and moves on (no rethrow); rows are pushed
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

interface Row {
  repo: string;
  tag: string | null;
  publishedAt: string | null;
}

export async function latestReleases(owner: string, repos: string[]) {
  const rows: Row[] = [];

  /*@A*/ for (const repo of repos) {
    try {
      const { data } = await octokit.rest.repos.getLatestRelease({ owner, repo });
      rows.push({ repo, tag: data.tag_name, publishedAt: data.published_at });
    } catch (error) {
      console.warn(`${owner}/${repo}: no release (${(error as { status?: number }).status ?? 'error'})`);
      rows.push({ repo, tag: null, publishedAt: null });
    }
  }

  return rows.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
}
