// case: a changelog tool compares each release tag with the one before it
// category: syntax-shapes
// why: loop A is an index loop from 1; each iteration compares releases[i - 1] and releases[i],
//      both taken from the array, not from an earlier iteration's result, so the compare calls
//      (reads) are independent and the stats are written to their own slot
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

interface Release {
  tag: string;
  publishedAt: string;
}

export async function releaseDiffs(owner: string, repo: string, releases: Release[]): Promise<number[]> {
  const commitCounts: number[] = [];
  /*@A*/ for (let i = 1; i < releases.length; i++) {
    const base: string = releases[i - 1].tag;
    const head: string = releases[i].tag;
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}` });
    commitCounts[i - 1] = data.total_commits;
  }
  return commitCounts;
}
