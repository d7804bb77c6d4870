// case: a decorated cron method refreshes products and rebuilds an index stored on `this`
// category: syntax-positions
// why: buildSearchIndex reads this.products, which the previous await just assigned; the class
//      field holds an already-running promise, and `await this.ready` starts nothing new
import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { CatalogApi, type Product } from './catalog-api';
import { buildSearchIndex, type SearchIndex } from './search-index';

@Injectable()
export class CatalogCache {
  private products: Product[] = [];
  private index?: SearchIndex;
  readonly ready: Promise<void> = this.refresh();

  constructor(private readonly api: CatalogApi) {}

  @Cron('*/10 * * * *')
  async refresh(): Promise<void> {
    this.products = await this.api.listProducts({ active: true });
    this.index = await buildSearchIndex(this.products);
  }

  async search(query: string): Promise<Product[]> {
    await this.ready;
    return this.index?.query(query, { limit: 20 }) ?? [];
  }
}
