export * from './queries';
export * from './stripe-summary';
