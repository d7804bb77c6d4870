'use strict';

exports.deploy = async function deploy({ environment, token, dir }) {
  const res = await fetch(`https://deploy.example.com/api/environments/${environment}/deployments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ dir, requestedAt: new Date().toISOString() }),
  });
  if (!res.ok) throw new Error(`deploy failed: ${res.status}`);
  const { url } = await res.json();
  return url;
};
