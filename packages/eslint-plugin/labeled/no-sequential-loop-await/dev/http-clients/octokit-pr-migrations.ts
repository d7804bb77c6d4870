// case: a release checklist finds which open pull requests touch database migrations
// category: http-clients
// why: the outer loop is reported: pulls.listFiles is a read per pull request and the result is
//      pushed; the break only ends the inner, await-free scan of one PR's files. The inner loop has
//      no await and is not reported
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function prsTouchingMigrations(owner: string, repo: string) {
  const { data: pulls } = await octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: 50 });

  const flagged: { number: number; title: string; file: string }[] = [];
  /*@A*/ for (const pr of pulls) {
    const { data: files } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pr.number, per_page: 100 });
    for (const file of files) {
      if (file.filename.startsWith('db/migrations/')) {
        flagged.push({ number: pr.number, title: pr.title, file: file.filename });
        break;
      }
    }
  }
  return flagged;
}
