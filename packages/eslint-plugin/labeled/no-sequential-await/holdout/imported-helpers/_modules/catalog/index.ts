export * from './products';
export * from './reviews';
export { getStockLevel as loadAvailability } from './inventory';
