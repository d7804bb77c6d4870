// case: a vitest suite migrates and seeds a database in beforeAll and calls the app with supertest
// category: browser-tests
// why: migrate and seed are discarded effects that must run in order; createApp runs after them
//      alone, and the test makes a single request
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { db } from '../src/db';

let app: Express;

beforeAll(async () => {
  await db.migrate.latest();
  await db.seed.run();
  app = await createApp({ db });
});

afterAll(async () => {
  await db.destroy();
});

describe('GET /projects', () => {
  it('returns the seeded projects', async () => {
    const res = await request(app).get('/projects').set('Accept', 'application/json');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
  });
});
