// case: a GitHub webhook route verifies the signature, gets an installation client, then reads the pull request and its files
// category: http-handlers
// why: the body feeds verify, the guard's result decides whether to go on, and the installation
//      client comes from the parsed event; after that, pulls.get and pulls.listFiles are two reads
//      with the same inputs that use nothing of each other; the comment is a write using both
import { Webhooks } from '@octokit/webhooks';
import { App } from 'octokit';

const webhooks = new Webhooks({ secret: process.env.GITHUB_WEBHOOK_SECRET! });
const app = new App({ appId: process.env.GITHUB_APP_ID!, privateKey: process.env.GITHUB_PRIVATE_KEY! });

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('x-hub-signature-256') ?? '';
  const valid = await webhooks.verify(body, signature);
  if (!valid) return new Response('bad signature', { status: 401 });

  const event = JSON.parse(body);
  if (event.action !== 'opened') return new Response(null, { status: 204 });
  const octokit = await app.getInstallationOctokit(event.installation.id);
  const params = { owner: event.repository.owner.login, repo: event.repository.name, pull_number: event.number };

  const { data: pr } = /*@A*/ await octokit.rest.pulls.get(params);
  const { data: files } = /*@A*/ await octokit.rest.pulls.listFiles({ ...params, per_page: 100 });

  const touchesMigrations = files.some((f) => f.filename.startsWith('migrations/'));
  if (touchesMigrations && !pr.draft) {
    await octokit.rest.issues.createComment({
      owner: params.owner,
      repo: params.repo,
      issue_number: pr.number,
      body: 'This PR changes migrations: please request a DBA review.',
    });
  }
  return Response.json({ ok: true });
}
