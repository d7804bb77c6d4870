// case: a worker bootstraps by loading remote config into a module variable, then loads flags from the URL in that config
// category: local-helpers
// why: loadConfig writes the module-level config and loadFlags reads it, so the second call depends on the
//      first through a local function even though no result is passed
import { ofetch } from 'ofetch';

type Config = { flagsUrl: string; region: string; concurrency: number };

let config: Config | undefined;

async function loadConfig(): Promise<Config> {
  config = await ofetch<Config>(`${process.env.CONFIG_URL}/worker.json`, { retry: 3 });
  return config;
}

async function loadFlags(): Promise<Record<string, boolean>> {
  if (!config) throw new Error('config not loaded');
  return ofetch<Record<string, boolean>>(config.flagsUrl, { query: { region: config.region } });
}

export async function bootstrap() {
  const cfg = await loadConfig();
  const flags = await loadFlags();
  return { concurrency: cfg.concurrency, flags };
}
