// case: a client polls an export job until it is ready or the attempts run out
// category: pagination-retries
// why: not reported: the loop polls the same job, breaks when it is done and sleeps between polls;
//      it is a polling loop, not work over a collection
import ky from 'ky';
import { setTimeout as sleep } from 'node:timers/promises';

export async function waitForExport(api: typeof ky, exportId: string) {
  let status = 'pending';
  let downloadUrl: string | undefined;
  for (let attempt = 0; attempt < 60; attempt++) {
    const job = await api.get(`exports/${exportId}`).json<{ status: string; url?: string }>();
    status = job.status;
    if (status === 'done' || status === 'failed') {
      downloadUrl = job.url;
      break;
    }
    await sleep(2000);
  }
  return { status, downloadUrl };
}
