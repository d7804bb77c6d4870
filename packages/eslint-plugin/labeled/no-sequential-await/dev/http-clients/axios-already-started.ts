// case: a settings page starts the /me request early, awaits the settings request, then the /me promise
// category: http-clients
// why: the /me request is already running when it is awaited, so `await meRequest` starts no new
//      work and is not a member; only one await starts anything, so there is no group
import axios from 'axios';

const http = axios.create({ baseURL: '/api', withCredentials: true });

interface Me { id: string; name: string }
interface Settings { theme: 'light' | 'dark'; digest: boolean }

export async function loadSettingsPage() {
  const meRequest = http.get<Me>('/me');

  const { data: settings } = await http.get<Settings>('/settings');
  const { data: me } = await meRequest;

  return { me, settings };
}
