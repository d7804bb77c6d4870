// case: a partner API client fetches invoices one by one through a method that refreshes its token
// category: local-helpers
// why: this.get reads this.token and may replace it (and its expiry) before the request; the iterations
//      share that `this` state, so they stay in order
export class PartnerClient {
  private token: string | null = null;
  private expiresAt = 0;

  constructor(private readonly baseUrl: string, private readonly clientId: string, private readonly secret: string) {}

  private async get<T>(path: string): Promise<T> {
    if (!this.token || Date.now() > this.expiresAt - 30_000) {
      const res = await fetch(`${this.baseUrl}/oauth/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.secret }),
      });
      const body = (await res.json()) as { access_token: string; expires_in: number };
      this.token = body.access_token;
      this.expiresAt = Date.now() + body.expires_in * 1000;
    }
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
    return res.json() as Promise<T>;
  }

  async invoices(ids: string[]) {
    const result: unknown[] = [];
    for (const id of ids) {
      result.push(await this.get(`/v2/invoices/${id}`));
    }
    return result;
  }
}
