// case: a reindex script compares live and staging Meilisearch indexes, copies settings, checks staging again and swaps the two
// category: saas-sdks
// why: the two getStats reads are independent (A); the size check throws on their results, a guard
//      that must pass before anything after it starts; live.getSettings feeds updateSettings;
//      waitForTask is awaited for its effect; after it, staging.getSettings and getTasks read
//      different things and use nothing of each other (B); swapIndexes is a write, its wait an effect
import { MeiliSearch } from 'meilisearch';

const client = new MeiliSearch({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_ADMIN_KEY });

export async function promoteStaging() {
  const live = client.index('products');
  const staging = client.index('products_staging');

  const liveStats = /*@A*/ await live.getStats();
  const stagingStats = /*@A*/ await staging.getStats();
  if (stagingStats.numberOfDocuments < liveStats.numberOfDocuments * 0.9) {
    throw new Error(`staging has ${stagingStats.numberOfDocuments} docs, live ${liveStats.numberOfDocuments}`);
  }

  const liveSettings = await live.getSettings();
  const update = await staging.updateSettings(liveSettings);
  await client.waitForTask(update.taskUid, { timeOutMs: 120_000 });

  const stagingSettings = /*@B*/ await staging.getSettings();
  const pending = /*@B*/ await client.getTasks({ indexUids: ['products_staging'], statuses: ['enqueued', 'processing'] });
  if (pending.results.length > 0 || JSON.stringify(stagingSettings) !== JSON.stringify(liveSettings)) {
    throw new Error('staging is not settled yet');
  }

  const swap = await client.swapIndexes([{ indexes: ['products', 'products_staging'] }]);
  await client.waitForTask(swap.taskUid);
  return { swapped: true, documents: stagingStats.numberOfDocuments };
}
