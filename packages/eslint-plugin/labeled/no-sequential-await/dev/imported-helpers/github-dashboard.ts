// case: a dashboard route reads a repository's stats and its open issues through helpers in another file
// category: imported-helpers
// why: both helpers are GitHub GETs through octokit (repos.get, issues.listForRepo) and take the same
//      arguments only: two independent requests
import { openIssues, repoStats } from './_modules/data/github';

export async function GET(_request: Request, { params }: { params: { owner: string; repo: string } }) {
  const stats = /*@A*/ await repoStats(params.owner, params.repo);
  const issues = /*@A*/ await openIssues(params.owner, params.repo);
  return Response.json({ stats, issues });
}
