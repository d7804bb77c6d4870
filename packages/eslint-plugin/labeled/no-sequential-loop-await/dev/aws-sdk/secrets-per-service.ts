// case: service bootstrap loads one Secrets Manager secret per integration
// category: aws-sdk
// why: GetSecretValueCommand is a read; each entry of the id table is fetched on its own and
//      stored under its service name, so all secrets can be requested together
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';

const secretsManager = new SecretsManagerClient({ region: process.env.AWS_REGION });

const SECRET_IDS = {
  stripe: 'prod/billing/stripe',
  postgres: 'prod/db/main',
  sendgrid: 'prod/mail/sendgrid',
} as const;

type ServiceName = keyof typeof SECRET_IDS;

export async function loadSecrets(): Promise<Record<ServiceName, Record<string, string>>> {
  const secrets = {} as Record<ServiceName, Record<string, string>>;
  /*@A*/ for (const [service, secretId] of Object.entries(SECRET_IDS) as [ServiceName, string][]) {
    const { SecretString } = await secretsManager.send(new GetSecretValueCommand({ SecretId: secretId }));
    secrets[service] = JSON.parse(SecretString ?? '{}');
  }
  return secrets;
}
