// case: a vitest beforeAll prepares two users and a workspace through fixture helpers
// category: imported-helpers
// why: userFixture hashes a password and then runs prisma.user.upsert: each call is a write.
//      The second write must not start before the first has settled, so the two calls stay in
//      order; workspaceFixture needs admin.id, and resetFixtures (deleteMany) is awaited for its
//      effect
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resetFixtures, userFixture, workspaceFixture } from './_modules/x/test/fixtures';
import { createCaller } from './_modules/x/server/caller';

let admin: Awaited<ReturnType<typeof userFixture>>;
let viewer: Awaited<ReturnType<typeof userFixture>>;
let workspace: Awaited<ReturnType<typeof workspaceFixture>>;

beforeAll(async () => {
  admin = await userFixture('admin');
  viewer = await userFixture('viewer');
  workspace = await workspaceFixture(admin.id);
});

afterAll(async () => {
  await resetFixtures();
});

describe('workspace.rename', () => {
  it('lets the owner rename the workspace', async () => {
    const caller = createCaller({ userId: admin.id });
    const renamed = await caller.workspace.rename({ id: workspace.id, name: 'Renamed' });
    expect(renamed.name).toBe('Renamed');
  });

  it('rejects a viewer', async () => {
    const caller = createCaller({ userId: viewer.id });
    await expect(caller.workspace.rename({ id: workspace.id, name: 'Nope' })).rejects.toThrow(/FORBIDDEN/);
  });
});
