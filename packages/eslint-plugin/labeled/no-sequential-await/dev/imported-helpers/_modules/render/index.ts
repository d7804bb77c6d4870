export * from './mdx';
export { renderSnippet as snippet } from './mdx';
