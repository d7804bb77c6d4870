// case: an OAuth callback exchanges the code for a token with ky, then reads the user, then their memberships
// category: http-clients
// why: the user GET needs the access token from the exchange and the memberships GET needs both the
//      token and the user's id, so every await uses an earlier result
import ky from 'ky';

type TokenResponse = { access_token: string; expires_in: number; refresh_token?: string };
type Me = { id: string; email: string; name: string };
type Membership = { orgId: string; role: 'owner' | 'member' };

const provider = ky.create({ prefixUrl: 'https://auth.example.com', timeout: 10_000 });

export async function handleCallback(code: string, verifier: string) {
  const token = await provider
    .post('oauth/token', {
      json: { grant_type: 'authorization_code', code, code_verifier: verifier, client_id: process.env.CLIENT_ID },
    })
    .json<TokenResponse>();

  const authed = provider.extend({ headers: { authorization: `Bearer ${token.access_token}` } });
  const me = await authed.get('v1/me').json<Me>();
  const memberships = await authed.get(`v1/users/${me.id}/memberships`).json<Membership[]>();

  return {
    user: me,
    orgs: memberships.filter((m) => m.role === 'owner').map((m) => m.orgId),
    expiresAt: Date.now() + token.expires_in * 1000,
  };
}
