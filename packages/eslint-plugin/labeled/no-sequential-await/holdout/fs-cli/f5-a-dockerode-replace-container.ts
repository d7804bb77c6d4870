// case: a deploy script replaces a container with dockerode, then reports disk usage and dangling images
// category: fs-cli
// why: inspect decides whether to stop and remove; stop, remove, the pull-progress promise and
//      start are awaited for their effects in order; createContainer is a write whose result is
//      started; after start, docker.df() and listImages read other things and ignore each other (A)
import Docker from 'dockerode';

const docker = new Docker({ socketPath: '/var/run/docker.sock' });

export async function replaceContainer(name: string, image: string) {
  const old = docker.getContainer(name);
  const info = await old.inspect().catch(() => null);
  if (info?.State.Running) {
    await old.stop({ t: 10 });
  }
  if (info) {
    await old.remove({ v: true });
  }

  const stream = await docker.pull(image);
  await new Promise((resolve, reject) =>
    docker.modem.followProgress(stream, (err: Error | null, output: unknown[]) => (err ? reject(err) : resolve(output))),
  );
  const next = await docker.createContainer({
    Image: image,
    name,
    HostConfig: { RestartPolicy: { Name: 'unless-stopped' }, PortBindings: { '8080/tcp': [{ HostPort: '8080' }] } },
  });
  await next.start();

  const usage = /*@A*/ await docker.df();
  const dangling = /*@A*/ await docker.listImages({ filters: { dangling: ['true'] } });
  return { id: next.id, layersSize: usage.LayersSize, danglingImages: dangling.length };
}
