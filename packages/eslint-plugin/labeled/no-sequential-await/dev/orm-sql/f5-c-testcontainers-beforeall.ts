// case: an integration suite starts Postgres and Redis containers, then connects, migrates and tests
// category: orm-sql
// why: the two container starts need nothing from each other and are the slow part of setup, so
//      they form group A; db.connect, migrate and redis.connect are discarded awaits that each need
//      a started container (or the connected client) and stay in order; the teardown awaits are
//      discarded effects; in the test, claim needs the enqueued id and the second claim must see
//      the first one's write
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgreSqlContainer, type StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { RedisContainer, type StartedRedisContainer } from '@testcontainers/redis';
import { Client } from 'pg';
import { createClient } from 'redis';
import { migrate } from '../src/db/migrate';
import { createJobStore } from '../src/jobs/store';

let pgContainer: StartedPostgreSqlContainer;
let redisContainer: StartedRedisContainer;
let db: Client;
let redis: ReturnType<typeof createClient>;

beforeAll(async () => {
  pgContainer = /*@A*/ await new PostgreSqlContainer('postgres:16-alpine').start();
  redisContainer = /*@A*/ await new RedisContainer('redis:7-alpine').start();

  db = new Client({ connectionString: pgContainer.getConnectionUri() });
  await db.connect();
  await migrate(db);
  redis = createClient({ url: redisContainer.getConnectionUrl() });
  await redis.connect();
}, 120_000);

afterAll(async () => {
  await redis.quit();
  await db.end();
  await redisContainer.stop();
  await pgContainer.stop();
});

describe('job store', () => {
  it('lets only one worker claim a job', async () => {
    const store = createJobStore(db, redis);
    const id = await store.enqueue({ type: 'email', to: 'ada@example.com' });
    const first = await store.claim(id, 'worker-1');
    const second = await store.claim(id, 'worker-2');
    expect(first).toBe(true);
    expect(second).toBe(false);
  });
});
