import { getFeatureFlags, getLocales, readConfig } from './db.js';
import type { AppConfig, FeatureFlags } from './db.js';

/** What every request needs to know about the app, loaded once at startup. */
export class AppContext {
  config: AppConfig | undefined;
  flags: FeatureFlags = {};
  locales: string[] = [];

  async load(): Promise<this> {
    this.config = await readConfig();
    this.flags = await getFeatureFlags();
    this.locales = await getLocales();
    return this;
  }

  isEnabled(flag: string): boolean {
    return this.flags[flag] === true;
  }
}
