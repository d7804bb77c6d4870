// case: a vendor API client's snapshot method logs in, then fetches invoices with the token login stored on this
// category: local-helpers
// why: login writes this.token and get reads it for the Authorization header, so the invoices request
//      depends on the login through `this`
export class VendorClient {
  private token: string | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private async login(): Promise<{ id: string; name: string }> {
    const res = await fetch(`${this.baseUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: this.apiKey }),
    });
    const body = (await res.json()) as { token: string; account: { id: string; name: string } };
    this.token = body.token;
    return body.account;
  }

  private async get<T>(path: string): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  async snapshot() {
    const account = await this.login();
    const invoices = await this.get<{ id: string; total: number }[]>('/invoices?limit=10');
    return { account, invoices };
  }
}
