// case: a Lambda loads an API key from Secrets Manager into a module-level let, then calls a rates API that reads it
// category: serverless
// why: loadSecrets() assigns apiKey, which getRates() puts in its Authorization header; the rates GET
//      uses nothing loadSecrets returns but fails without the key, so it needs the first call done
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';

const secrets = new SecretsManagerClient({});
let apiKey: string | undefined;

async function loadSecrets() {
  const out = await secrets.send(new GetSecretValueCommand({ SecretId: process.env.FX_SECRET_ARN }));
  apiKey = JSON.parse(out.SecretString ?? '{}').FX_API_KEY;
  return out.VersionId;
}

async function getRates(base: string) {
  const res = await fetch(`https://api.fx-rates.example/v2/latest?base=${encodeURIComponent(base)}`, {
    headers: { Authorization: `Bearer ${apiKey}` },
  });
  if (!res.ok) throw new Error(`rates API ${res.status}`);
  return (await res.json()) as { rates: Record<string, number> };
}

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  const base = event.queryStringParameters?.base ?? 'EUR';
  const secretVersion = await loadSecrets();
  const { rates } = await getRates(base);
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json', 'x-secret-version': secretVersion ?? 'unknown' },
    body: JSON.stringify({ base, rates }),
  };
};
