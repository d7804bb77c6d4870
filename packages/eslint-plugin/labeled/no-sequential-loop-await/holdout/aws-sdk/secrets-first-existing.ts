// case: a config loader looks for the database secret under the per-stage name, then the shared names
// category: aws-sdk
// why: GetSecretValueCommand is a read, but the loop returns the first secret that exists and rethrows
//      other errors: a first-match search that decides when to stop
import {
  SecretsManagerClient,
  GetSecretValueCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-secrets-manager';

const client = new SecretsManagerClient({});

export async function loadDatabaseSecret(stage: string): Promise<{ url: string }> {
  const candidates = [`app/${stage}/database`, 'app/shared/database', 'database'];
  for (const secretId of candidates) {
    try {
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      if (SecretString) return JSON.parse(SecretString);
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
  }
  throw new Error(`no database secret for stage ${stage}`);
}
