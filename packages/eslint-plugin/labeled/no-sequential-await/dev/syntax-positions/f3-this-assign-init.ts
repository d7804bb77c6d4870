// case: a client-side store's init method assigns three API reads to this fields in turn
// category: syntax-positions
// why: each read takes only the org slug argument; none reads this.user, this.projects or this.invites,
//      so the assignments to this do not link them; status flips to ready after all three
import { makeAutoObservable } from 'mobx';
import type { ApiClient, Invite, Project, User } from '@/api';

export class ProjectStore {
  user: User | null = null;
  projects: Project[] = [];
  invites: Invite[] = [];
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';

  constructor(private readonly api: ApiClient) {
    makeAutoObservable(this);
  }

  async init(orgSlug: string) {
    this.status = 'loading';
    try {
      this.user = /*@A*/ await this.api.me();
      this.projects = /*@A*/ await this.api.projects.list({ org: orgSlug, archived: false });
      this.invites = /*@A*/ await this.api.invites.pending({ org: orgSlug });
      this.status = 'ready';
    } catch {
      this.status = 'error';
    }
  }

  get projectCount() {
    return this.projects.length;
  }
}
