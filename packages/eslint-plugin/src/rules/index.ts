import noSequentialAwait from './no-sequential-await.js';
import noSequentialLoopAwait from './no-sequential-loop-await.js';

export const rules = {
  'no-sequential-await': noSequentialAwait,
  'no-sequential-loop-await': noSequentialLoopAwait,
};
