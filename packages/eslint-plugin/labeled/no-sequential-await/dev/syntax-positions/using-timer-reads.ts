// case: a standup digest holds a `using` timer while it reads pull requests and issues
// category: syntax-positions
// why: the timer is a synchronous disposable; the GitHub and Linear reads take only the team and
//      use nothing of each other
import { github, linear } from '../clients';
import { startTimer } from '../metrics';

export async function standupDigest(team: string) {
  using _timer = startTimer('standup_digest_ms', { team });
  const pulls = /*@A*/ await github.openPullRequests({ team, draft: false });
  const issues = /*@A*/ await linear.issues({ team, state: 'In Progress' });
  return {
    pulls: pulls.map((pull) => `#${pull.number} ${pull.title}`),
    issues: issues.map((issue) => issue.identifier),
  };
}
