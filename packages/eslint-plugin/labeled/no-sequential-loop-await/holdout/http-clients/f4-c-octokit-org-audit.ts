// case: an org audit script reads community metrics and workflows of every repository, and a label sync creates missing labels
// category: http-clients
// why: auditOrg loops over the repositories listed before it (filtered); each iteration makes two GETs
//      about its own repository and pushes a row, so the iterations can run together. ensureLabels
//      creates a label per missing entry: a write per item, and the `existing` Set is only read.
import { Octokit } from 'octokit';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

const LABELS = [
  { name: 'triage', color: 'fbca04', description: 'Needs a first look' },
  { name: 'good first issue', color: '7057ff', description: 'Small, well-scoped task' },
  { name: 'breaking', color: 'b60205', description: 'Needs a major release' },
  { name: 'dependencies', color: '0366d6', description: 'Dependency updates' },
];

export async function auditOrg(org: string) {
  const repos = await octokit.paginate(octokit.rest.repos.listForOrg, { org, type: 'sources', per_page: 100 });

  const report: Array<{ repo: string; health: number; hasLicense: boolean; workflows: number }> = [];
  /*@A*/ for (const repo of repos.filter((r) => !r.archived && !r.fork)) {
    const { data: community } = await octokit.rest.repos.getCommunityProfileMetrics({ owner: org, repo: repo.name });
    const { data: workflows } = await octokit.rest.actions.listRepoWorkflows({ owner: org, repo: repo.name, per_page: 1 });
    report.push({
      repo: repo.name,
      health: community.health_percentage,
      hasLicense: Boolean(community.files.license),
      workflows: workflows.total_count,
    });
  }

  return report.sort((a, b) => a.health - b.health);
}

export async function ensureLabels(owner: string, repo: string) {
  const current = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 });
  const existing = new Set(current.map((label) => label.name.toLowerCase()));

  for (const label of LABELS) {
    if (existing.has(label.name.toLowerCase())) continue;
    await octokit.rest.issues.createLabel({ owner, repo, ...label });
    console.log(`created label "${label.name}" in ${owner}/${repo}`);
  }
}
