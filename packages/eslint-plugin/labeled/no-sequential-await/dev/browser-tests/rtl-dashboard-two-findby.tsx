// case: a Testing Library test waits for the dashboard heading and then for the project list
// category: browser-tests
// why: both findBy queries poll the same rendered screen; reads on the same page stay in order
//      even though they look independent
import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '../mocks/server';
import { QueryProvider } from '../test-utils';
import { Dashboard } from './Dashboard';

test('renders the heading and the project list', async () => {
  server.use(http.get('/api/projects', () => HttpResponse.json([{ id: 1, name: 'Apollo' }])));
  render(<Dashboard />, { wrapper: QueryProvider });

  const heading = await screen.findByRole('heading', { name: /projects/i });
  const list = await screen.findByRole('list', { name: /projects/i });

  expect(heading).toBeVisible();
  expect(within(list).getAllByRole('listitem')).toHaveLength(1);
});
