export * from './ask';
