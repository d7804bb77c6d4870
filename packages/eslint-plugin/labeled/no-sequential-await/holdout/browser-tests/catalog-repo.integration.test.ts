// case: a Vitest integration test starts Postgres with Testcontainers, migrates, then reads plans and features through a pooled repo
// category: browser-tests
// why: the container start and the migration are setup steps in order; in the test the two repo reads go
//      through a pg Pool, read different tables and use nothing of each other (group A)
import { PostgreSqlContainer, type StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/migrate';
import { createCatalogRepo, type CatalogRepo } from '../src/catalog-repo';

let container: StartedPostgreSqlContainer;
let pool: Pool;
let repo: CatalogRepo;

beforeAll(async () => {
  container = await new PostgreSqlContainer('postgres:17-alpine').start();
  pool = new Pool({ connectionString: container.getConnectionUri(), max: 4 });
  await migrate(pool);
  repo = createCatalogRepo(pool);
}, 60_000);

afterAll(async () => {
  await pool.end();
  await container.stop();
});

describe('catalog seed data', () => {
  it('has the three public plans and no beta features', async () => {
    const plans = /*@A*/ await repo.listPlans();
    const features = /*@A*/ await repo.listFeatures({ includeBeta: false });

    expect(plans.map((p) => p.slug)).toEqual(['free', 'pro', 'team']);
    expect(features.every((f) => !f.beta)).toBe(true);
  });
});
