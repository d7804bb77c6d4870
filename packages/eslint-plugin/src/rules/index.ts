import noSequentialAwait from './no-sequential-await.js';

export const rules = {
  'no-sequential-await': noSequentialAwait,
};
