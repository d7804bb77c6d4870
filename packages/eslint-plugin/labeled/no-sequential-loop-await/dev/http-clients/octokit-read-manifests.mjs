// case: a monorepo tool reads package.json of each workspace from GitHub without cloning
// category: http-clients
// why: repos.getContent is a read for each path; the decoded manifest is stored by path and no
//      iteration uses another's result, so all paths can be fetched together
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function readManifests(owner, repo, ref, workspaceDirs) {
  const manifests = {};
  /*@A*/ for (const dir of workspaceDirs) {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, ref, path: `${dir}/package.json` });
    if (Array.isArray(data) || data.type !== 'file') continue;
    manifests[dir] = JSON.parse(Buffer.from(data.content, 'base64').toString('utf8'));
  }
  return manifests;
}
