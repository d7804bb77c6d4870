// case: a supertest agent logs in, creates a todo and lists todos
// category: browser-tests
// why: the agent keeps the session cookie from the discarded login; the list reads the todos
//      resource right after the create wrote it, so it stays after the create
import request from 'supertest';
import { expect, it } from 'vitest';
import { app } from '../src/app';

it('lists a todo right after creating it', async () => {
  const agent = request.agent(app);
  await agent.post('/login').send({ email: 'ada@example.com', password: 'hunter2' }).expect(200);

  const created = await agent.post('/todos').send({ title: 'Write the release notes' }).expect(201);
  const list = await agent.get('/todos').expect(200);

  expect(list.body.map((todo: { id: string }) => todo.id)).toContain(created.body.id);
});
