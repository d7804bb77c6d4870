import { getUser } from './api';

export async function loadTeam(ids: string[]) {
  const users = await Promise.all(ids.map((id) => getUser(id)));
  return users;
}
