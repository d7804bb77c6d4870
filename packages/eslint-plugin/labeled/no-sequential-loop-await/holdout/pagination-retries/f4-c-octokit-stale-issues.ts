// case: a stale-issue bot pages through open issues, pages discussions by GraphQL cursor, and closes issues with retries and a pause
// category: pagination-retries
// why: listStaleIssues counts pages with no end and breaks when a page is short (the loop decides when to
//      stop, and it is not a loop over a collection). listDiscussionTitles feeds each page's endCursor to
//      the next query. withRetry returns on the first success and sleeps between attempts. closeStale
//      writes (a comment, an update) per issue and sleeps to respect GitHub's secondary rate limits.
//      Nothing here may run its iterations together.
import { Octokit } from '@octokit/rest';
import { setTimeout as sleep } from 'node:timers/promises';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'stale-bot/2.1' });

type Issue = Awaited<ReturnType<typeof octokit.rest.issues.listForRepo>>['data'][number];

export async function listStaleIssues(owner: string, repo: string, before: Date): Promise<Issue[]> {
  const stale: Issue[] = [];
  for (let page = 1; ; page++) {
    const { data } = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      state: 'open',
      sort: 'updated',
      direction: 'asc',
      per_page: 100,
      page,
    });
    const old = data.filter((issue) => !issue.pull_request && new Date(issue.updated_at) < before);
    stale.push(...old);
    if (data.length < 100 || old.length < data.length) break;
  }
  return stale;
}

interface DiscussionsPage {
  repository: {
    discussions: { nodes: Array<{ title: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
}

export async function listDiscussionTitles(owner: string, name: string): Promise<string[]> {
  const titles: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const result: DiscussionsPage = await octokit.graphql(
      `query ($owner: String!, $name: String!, $cursor: String) {
        repository(owner: $owner, name: $name) {
          discussions(first: 100, after: $cursor) {
            nodes { title }
            pageInfo { hasNextPage endCursor }
          }
        }
      }`,
      { owner, name, cursor },
    );
    const { nodes, pageInfo } = result.repository.discussions;
    titles.push(...nodes.map((node) => node.title));
    if (!pageInfo.hasNextPage) break;
    cursor = pageInfo.endCursor;
  }
  return titles;
}

async function withRetry<T>(fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error: any) {
      const status: number | undefined = error?.status;
      if (attempt >= attempts || (status !== undefined && status < 500 && status !== 429)) throw error;
      const retryAfter = Number(error?.response?.headers?.['retry-after'] ?? 0);
      await sleep(retryAfter > 0 ? retryAfter * 1000 : 2 ** attempt * 500);
    }
  }
}

export async function closeStale(owner: string, repo: string, issues: Issue[]) {
  for (const issue of issues) {
    await withRetry(() =>
      octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue.number,
        body: 'Closing this issue because it has had no activity for 90 days. Comment to reopen.',
      }),
    );
    await withRetry(() =>
      octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'not_planned' }),
    );
    await sleep(1000);
  }
}
