// case: a loader pushes one promise per id in a loop and awaits them together afterwards
// category: syntax-shapes
// why: the loop body awaits nothing: the work already runs concurrently and Promise.all is awaited after
//      the loop; the second loop only reads settled results
import { getUser } from './users';

export async function loadUsers(ids: readonly string[]) {
  const tasks: Array<ReturnType<typeof getUser>> = [];
  for (const id of ids) {
    tasks.push(getUser(id));
  }
  const settled = await Promise.allSettled(tasks);
  const users = [];
  for (const [i, result] of settled.entries()) {
    if (result.status === 'fulfilled') users.push(result.value);
    else console.warn(`user ${ids[i]} failed`, result.reason);
  }
  return users;
}
