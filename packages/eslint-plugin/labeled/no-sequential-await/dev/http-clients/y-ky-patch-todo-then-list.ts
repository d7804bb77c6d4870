// case: a todo app toggles one todo with a ky PATCH and then reloads the filtered todo list
// category: http-clients
// why: the PATCH writes a todo and the GET that follows reads the same `todos` collection (a `done` filter
//      depends on the toggle); a read right after a write to the same resource is ordered, so no group
import ky from 'ky';

type Todo = { id: string; title: string; done: boolean };
type Filter = 'all' | 'open' | 'done';

const api = ky.create({ prefixUrl: '/api', credentials: 'include', timeout: 8000 });

export async function toggleTodo(todo: Todo, filter: Filter) {
  const updated = await api.patch(`todos/${todo.id}`, { json: { done: !todo.done } }).json<Todo>();
  const visible = await api.get('todos', { searchParams: { filter } }).json<Todo[]>();
  return { updated, visible };
}
