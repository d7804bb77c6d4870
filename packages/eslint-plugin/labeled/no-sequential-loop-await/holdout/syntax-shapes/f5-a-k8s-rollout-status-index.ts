// case: a rollout check reads every listed deployment by index and prints its ready replicas
// category: syntax-shapes
// why: an index loop over names, an array that exists before it; each iteration reads names[i]'s
//      deployment and writes only statuses[i] and the allReady flag, which no call reads; no break,
//      no state passed to the next call, so the reads can start together
import * as k8s from '@kubernetes/client-node';

const kc = new k8s.KubeConfig();
kc.loadFromDefault();
const apps = kc.makeApiClient(k8s.AppsV1Api);

async function rolloutStatus(namespace: string, names: string[]) {
  const statuses: string[] = new Array(names.length);
  let allReady = true;

  /*@A*/ for (let i = 0; i < names.length; i++) {
    const dep = await apps.readNamespacedDeployment({ name: names[i], namespace });
    const want = dep.spec?.replicas ?? 0;
    const ready = dep.status?.readyReplicas ?? 0;
    if (ready < want) allReady = false;
    statuses[i] = `${names[i].padEnd(24)} ${ready}/${want}`;
  }

  console.log(statuses.join('\n'));
  return allReady;
}

rolloutStatus(process.env.NAMESPACE ?? 'production', process.argv.slice(2)).then((ok) => {
  process.exitCode = ok ? 0 : 1;
});
