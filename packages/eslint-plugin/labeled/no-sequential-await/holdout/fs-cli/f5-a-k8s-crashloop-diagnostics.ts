// case: a CLI gathers a crashing pod's spec, its previous logs and its events, writes a report and annotates the owning deployment
// category: fs-cli
// why: readNamespacedPod, readNamespacedPodLog and listNamespacedEvent take name and namespace from
//      argv and use nothing of each other (A); writeFile is a discarded write; the deployment patch
//      is a write in a branch that uses the pod's labels
import * as k8s from '@kubernetes/client-node';
import { writeFile } from 'node:fs/promises';

const kc = new k8s.KubeConfig();
kc.loadFromDefault();
const core = kc.makeApiClient(k8s.CoreV1Api);
const apps = kc.makeApiClient(k8s.AppsV1Api);

async function main(namespace: string, name: string) {
  const pod = /*@A*/ await core.readNamespacedPod({ name, namespace });
  const logs = /*@A*/ await core.readNamespacedPodLog({ name, namespace, tailLines: 200, previous: true });
  const events = /*@A*/ await core.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.name=${name}` });

  const report = {
    phase: pod.status?.phase,
    restarts: pod.status?.containerStatuses?.map((c) => `${c.name}: ${c.restartCount}`),
    events: events.items.map((e) => `${e.lastTimestamp ?? ''} ${e.reason}: ${e.message}`),
    logs,
  };
  await writeFile(`${name}-diagnostics.json`, JSON.stringify(report, null, 2));

  const app = pod.metadata?.labels?.['app.kubernetes.io/name'];
  if (app) {
    await apps.patchNamespacedDeployment(
      { name: app, namespace, body: { metadata: { annotations: { 'diagnostics/last-crash': new Date().toISOString() } } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
  }
}

main(process.argv[2] ?? 'default', process.argv[3]).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
