// case: an SDK client exchanges credentials for a token, stores it on the axios instance's defaults and calls /me
// category: http-clients
// why: the token POST's result is written into api.defaults between the calls, and the /me request reads
//      those defaults, so the second call depends on the first through the shared instance
'use strict';

const axios = require('axios');

const auth = axios.create({ baseURL: 'https://auth.vendor.example', timeout: 5000 });
const api = axios.create({ baseURL: 'https://api.vendor.example/v2', timeout: 10_000 });

async function connect(clientId, clientSecret) {
  const { data: token } = await auth.post(
    '/oauth/token',
    new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  );
  api.defaults.headers.common.Authorization = `Bearer ${token.access_token}`;

  const { data: me } = await api.get('/me');
  return { me, expiresAt: Date.now() + token.expires_in * 1000 };
}

module.exports = { connect, api };
