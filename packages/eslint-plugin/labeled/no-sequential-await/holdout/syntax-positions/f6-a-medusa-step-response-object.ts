// case: a Medusa v2 workflow step returns a StepResponse built from three module reads awaited inside its object literal
// category: syntax-positions
// why: the three awaits sit in one object literal passed to new StepResponse and run in order; each is
//      a list query on a different module (product, pricing, inventory) taking only the step input, so
//      all three are group A. The container.resolve calls are synchronous.
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { Modules } from '@medusajs/framework/utils';

type SnapshotInput = {
  productIds: string[];
  priceSetIds: string[];
  skus: string[];
};

export const loadCatalogSnapshotStep = createStep(
  'load-catalog-snapshot',
  async (input: SnapshotInput, { container }) => {
    const productModule = container.resolve(Modules.PRODUCT);
    const pricingModule = container.resolve(Modules.PRICING);
    const inventoryModule = container.resolve(Modules.INVENTORY);

    return new StepResponse({
      products: /*@A*/ await productModule.listProducts(
        { id: input.productIds },
        { relations: ['variants', 'variants.options'] },
      ),
      priceSets: /*@A*/ await pricingModule.listPriceSets(
        { id: input.priceSetIds },
        { relations: ['prices'] },
      ),
      inventoryItems: /*@A*/ await inventoryModule.listInventoryItems(
        { sku: input.skus },
        { relations: ['location_levels'] },
      ),
    });
  },
);
