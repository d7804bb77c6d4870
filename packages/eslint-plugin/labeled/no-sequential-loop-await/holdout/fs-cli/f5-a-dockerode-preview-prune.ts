// case: a cleanup script inspects every preview container, then removes the stale ones
// category: fs-cli
// why: the first loop walks the container list fetched before it and awaits one inspect (a read)
//      per container, only pushing results (A); the second loop awaits remove() for its effect, a
//      delete per container, so it must not be reported
import Docker from 'dockerode';

const docker = new Docker();
const WEEK = 7 * 24 * 60 * 60 * 1000;

export async function prunePreviews(dryRun = false) {
  const containers = await docker.listContainers({ all: true, filters: { label: ['com.acme.env=preview'] } });

  const report: Array<{ id: string; name: string; finishedAt: number; running: boolean }> = [];
  /*@A*/ for (const summary of containers) {
    const info = await docker.getContainer(summary.Id).inspect();
    report.push({ id: info.Id, name: info.Name, finishedAt: Date.parse(info.State.FinishedAt), running: info.State.Running });
  }

  const stale = report.filter((c) => !c.running && Date.now() - c.finishedAt > WEEK);
  if (dryRun) return stale;

  for (const container of stale) {
    await docker.getContainer(container.id).remove({ v: true, force: true });
  }
  return stale;
}
