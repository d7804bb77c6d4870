// case: a static site builder's build() loads the config, then lists the pages, through two methods
// category: local-helpers
// why: loadConfig() sets this.config and loadPages() reads this.config.pagesDir, so the second
//      method needs the first to have finished although it takes no argument from it
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface SiteConfig {
  version: string;
  pagesDir: string;
}

export class SiteBuilder {
  private config!: SiteConfig;

  constructor(private readonly root: string) {}

  async loadConfig() {
    const raw = await readFile(join(this.root, 'site.config.json'), 'utf8');
    this.config = JSON.parse(raw);
    return this.config.version;
  }

  async loadPages() {
    const names = await readdir(join(this.root, this.config.pagesDir));
    return names.filter((name) => name.endsWith('.md') || name.endsWith('.mdx'));
  }

  async build() {
    const version = await this.loadConfig();
    const pages = await this.loadPages();
    console.log(`building ${pages.length} pages with config v${version}`);
    return { version, pages };
  }
}
