// case: a bot stars a repository, then reads its star count to show the new total
// category: imported-helpers
// why: starRepo writes (a PUT through octokit) the very count repoStats reads next: ordered
import { repoStats, starRepo } from './_modules/data/github';

export async function star(owner: string, repo: string) {
  await starRepo(owner, repo);
  const stats = await repoStats(owner, repo);
  return stats.stars;
}
