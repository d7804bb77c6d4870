// case: a Node.js Lambda module loads a parameter and a secret with top-level await at cold start
// category: serverless
// why: the SSM GetParameter and the Secrets Manager GetSecretValue are reads of different
//      services and neither uses the other; the handler's single fetch is not part of the group
import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';

const ssm = new SSMClient({});
const secrets = new SecretsManagerClient({});

const { Parameter } = /*@A*/ await ssm.send(
  new GetParameterCommand({ Name: '/checkout/partner-api-base-url' }),
);
const { SecretString } = /*@A*/ await secrets.send(
  new GetSecretValueCommand({ SecretId: process.env.PARTNER_SECRET_ARN }),
);

const config = {
  baseUrl: Parameter.Value,
  apiKey: JSON.parse(SecretString).apiKey,
};

export const handler = async (event) => {
  const res = await fetch(`${config.baseUrl}/v2/quotes/${encodeURIComponent(event.quoteId)}`, {
    headers: { authorization: `Bearer ${config.apiKey}` },
  });
  if (!res.ok) throw new Error(`partner API answered ${res.status}`);
  return res.json();
};
