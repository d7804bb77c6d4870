// case: a SvelteKit server load awaits the parent layout data and loads the board and its activity
// category: http-handlers
// why: parent() is a call whose result (the session) is only used in the returned object; the board
//      and activity reads take params.id only, so the three awaits are one group (the waterfall the
//      SvelteKit docs warn about)
import { error } from '@sveltejs/kit';
import { getActivity, getBoard } from '$lib/server/boards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, parent, setHeaders }) => {
  const { session } = /*@A*/ await parent();
  const board = /*@A*/ await getBoard(params.id);
  const activity = /*@A*/ await getActivity(params.id, { limit: 20 });

  if (!board) error(404, 'Board not found');

  setHeaders({ 'cache-control': 'private, max-age=30' });
  return {
    board,
    activity,
    canEdit: session?.user?.id === board.ownerId,
  };
};
