// case: a Next.js route handler builds a repository card from three GitHub calls
// category: imported-helpers
// why: getRepo, listPulls and latestRelease (namespace import) all go through the gh() fetch
//      wrapper of lib/http with its default method GET: three independent reads of the same
//      owner/name. `await params` is a promise Next already started and feeds all three, so it is
//      not a member; starRepo/createIssue, the writes of that module, are not called here
import { NextResponse, type NextRequest } from 'next/server';

import * as github from './_modules/x/lib/github';

export const revalidate = 60;

export async function GET(_request: NextRequest, { params }: { params: Promise<{ owner: string; name: string }> }) {
  const { owner, name } = await params;

  const repo = /*@A*/ await github.getRepo(owner, name);
  const pulls = /*@A*/ await github.listPulls(owner, name, 'open');
  const release = /*@A*/ await github.latestRelease(owner, name);

  return NextResponse.json({
    name: repo.full_name,
    description: repo.description,
    stars: repo.stargazers_count,
    openPulls: pulls.length,
    reviewers: [...new Set(pulls.map(pull => pull.user.login))],
    latest: release ? { tag: release.tag_name, at: release.published_at } : null,
  });
}
