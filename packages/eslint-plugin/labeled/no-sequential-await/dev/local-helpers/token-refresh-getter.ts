// case: a CRM client stores a refreshed token on `this` and two GETs read it through a getter
// category: local-helpers
// why: both GETs read this.token through the authHeaders getter, so they wait for the refresh;
//      after it, the contacts and owners reads are independent of each other
import type { AxiosInstance } from 'axios';
import { refreshAccessToken } from './oauth';

interface Contact { id: string; ownerId: string; email: string }
interface Owner { id: string; name: string }

export class CrmClient {
  private token?: string;

  constructor(private readonly http: AxiosInstance, private readonly refreshToken: string) {}

  private get authHeaders() {
    return { Authorization: `Bearer ${this.token}` };
  }

  async syncContacts(since: Date) {
    this.token = await refreshAccessToken(this.refreshToken);
    const { data: contacts } = /*@A*/ await this.http.get<Contact[]>('/contacts', {
      params: { updatedSince: since.toISOString() },
      headers: this.authHeaders,
    });
    const { data: owners } = /*@A*/ await this.http.get<Owner[]>('/owners', { headers: this.authHeaders });
    return contacts.map((contact) => ({ ...contact, owner: owners.find((o) => o.id === contact.ownerId)?.name }));
  }
}
