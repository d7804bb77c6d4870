// case: a supertest test checks the health and version endpoints without auth
// category: browser-tests
// why: two independent GET requests against the app (awaiting a supertest Test starts it); neither
//      response is used to build the other request
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { app } from '../src/app';

describe('public endpoints', () => {
  it('serve health and version without auth', async () => {
    const health = /*@A*/ await request(app).get('/healthz');
    const version = /*@A*/ await request(app).get('/version').expect('Content-Type', /json/);

    expect(health.status).toBe(200);
    expect(health.text).toBe('ok');
    expect(version.body).toMatchObject({ commit: expect.any(String), builtAt: expect.any(String) });
  });
});
