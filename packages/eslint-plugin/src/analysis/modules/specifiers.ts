/** Import specifiers: which name a file of the project, which a package. Pure: no file is read. */

/** Whether an import specifier names a file of the same project (`./x`, `../lib/x`), not a package (`electron`, `@acme/db`). */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
}
