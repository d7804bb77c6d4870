// case: a CRM sync logs in through a helper that stores the token on the axios instance, then lists contacts
// category: http-clients
// why: login() writes api.defaults.headers.common.Authorization and the contacts GET goes through the
//      same instance, so it only succeeds once login has finished, although it uses nothing login
//      returns; the ack POST uses the contacts and is a write
import axios from 'axios';

const api = axios.create({ baseURL: process.env.CRM_BASE_URL, timeout: 10_000 });

interface Credentials {
  email: string;
  password: string;
  since: string;
}

async function login(email: string, password: string) {
  const { data } = await api.post<{ access_token: string; expires_in: number }>('/auth/token', {
    email,
    password,
    grant_type: 'password',
  });
  api.defaults.headers.common.Authorization = `Bearer ${data.access_token}`;
  return { expiresAt: Date.now() + data.expires_in * 1000 };
}

export async function syncContacts(creds: Credentials) {
  const session = await login(creds.email, creds.password);
  const { data: contacts } = await api.get<{ id: string; email: string }[]>('/contacts', {
    params: { updated_since: creds.since, limit: 500 },
  });
  const { data: ack } = await api.post('/sync/ack', {
    count: contacts.length,
    cursor: contacts.at(-1)?.id,
  });
  return { session, contacts, ack };
}
