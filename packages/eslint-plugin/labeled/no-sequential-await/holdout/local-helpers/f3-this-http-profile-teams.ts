// case: an account service's overview() calls two methods that each GET from the API through this.http
// category: local-helpers
// why: getProfile and getTeams only read this.http, which the constructor set, and write nothing on
//      this; both take the id given to overview and neither uses the other's result
import type { KyInstance } from 'ky';

interface Profile {
  id: string;
  name: string;
  avatarUrl: string;
}

interface Team {
  id: string;
  name: string;
  role: 'owner' | 'member';
}

export class AccountService {
  constructor(private readonly http: KyInstance) {}

  async getProfile(id: string) {
    return this.http.get(`users/${id}`).json<Profile>();
  }

  async getTeams(id: string) {
    return this.http.get(`users/${id}/teams`, { searchParams: { limit: 50 } }).json<Team[]>();
  }

  async overview(id: string) {
    const profile = /*@A*/ await this.getProfile(id);
    const teams = /*@A*/ await this.getTeams(id);
    return { ...profile, teams, ownsTeams: teams.some((t) => t.role === 'owner') };
  }
}
