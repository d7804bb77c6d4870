// case: a registry client builds URLs from a getter over its constructor config
// category: local-helpers
// why: the `base` getter only reads this.config, which neither request changes; the manifest and
//      the download count come from different endpoints and use nothing of each other
import type { Got } from 'got';

interface Manifest {
  'dist-tags': Record<string, string>;
  versions: Record<string, unknown>;
}

export class RegistryClient {
  constructor(
    private readonly http: Got,
    private readonly config: { registry: string; scope: string },
  ) {}

  private get base(): string {
    return `${this.config.registry.replace(/\/$/, '')}/${encodeURIComponent(this.config.scope)}`;
  }

  async packageOverview(name: string) {
    const manifest = /*@A*/ await this.http.get(`${this.base}%2F${name}`).json<Manifest>();
    const downloads = /*@A*/ await this.http
      .get(`https://api.npmjs.org/downloads/point/last-week/${this.config.scope}/${name}`)
      .json<{ downloads: number }>();
    return {
      latest: manifest['dist-tags'].latest,
      versions: Object.keys(manifest.versions).length,
      weeklyDownloads: downloads.downloads,
    };
  }
}
