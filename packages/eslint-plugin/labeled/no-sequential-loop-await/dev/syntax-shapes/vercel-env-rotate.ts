// case: a secret rotation script reads each project's env vars and updates the matching ones
// category: syntax-shapes
// why: neither nested loop is reported. The inner loop PATCHes env vars, a write per item; the
//      outer loop's iterations contain those writes, so its body is not read-only either
import { Vercel } from '@vercel/sdk';

const vercel = new Vercel({ bearerToken: process.env.VERCEL_TOKEN! });

export async function rotateSecret(projectIds: string[], key: string, value: string) {
  let updated = 0;
  for (const idOrName of projectIds) {
    const { envs = [] } = (await vercel.projects.filterProjectEnvs({ idOrName })) as { envs?: { id: string; key: string }[] };
    for (const env of envs.filter((e) => e.key === key)) {
      await vercel.projects.editProjectEnv({ idOrName, id: env.id, requestBody: { value } });
      updated++;
    }
  }
  return updated;
}
