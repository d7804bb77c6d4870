import { describe, expect, it } from 'vitest';

import { suggestName } from '../../src/rewrite/fresh-names.js';
import { parse } from '../analysis/parse.js';

function namesFor(code: string): string[] {
  return parse(code).awaits.map(node => suggestName(node));
}

describe('suggestName', () => {
  it('names a value after its key, its attribute or what the call fetches', () => {
    expect(
      namesFor(`async function f() {
        return [{ user: await load() }, await getPosts(), await api.users.list(), await fetchURL(), await countA(),
          await import('./core/sync-all.js'), await res.json(), await new Client(), (await Promise.all(x)).length];
      }`),
    ).toEqual(['user', 'posts', 'users', 'url', 'countAResult', 'syncAll', 'json', 'client', 'results']);
  });
});
