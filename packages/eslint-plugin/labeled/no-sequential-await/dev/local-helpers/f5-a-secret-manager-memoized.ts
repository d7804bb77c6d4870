// case: a worker bootstraps with two secrets read through a memoized Secret Manager helper
// category: local-helpers
// why: getSecret caches one promise per secret name; the two calls take different names, each only
//      fills its own key, and neither uses the other's value, so they can run together (A); the
//      pool query needs the pool built from the first secret and comes after
import { SecretManagerServiceClient } from '@google-cloud/secret-manager';
import twilio from 'twilio';
import { Pool } from 'pg';

const secrets = new SecretManagerServiceClient();
const cache = new Map<string, Promise<string>>();
const project = process.env.GOOGLE_CLOUD_PROJECT!;

function getSecret(name: string): Promise<string> {
  let pending = cache.get(name);
  if (!pending) {
    pending = secrets
      .accessSecretVersion({ name: `projects/${project}/secrets/${name}/versions/latest` })
      .then(([version]) => version.payload?.data?.toString() ?? '');
    cache.set(name, pending);
  }
  return pending;
}

export async function bootstrap() {
  const databaseUrl = /*@A*/ await getSecret('database-url');
  const twilioToken = /*@A*/ await getSecret('twilio-auth-token');

  const pool = new Pool({ connectionString: databaseUrl, max: 5 });
  const sms = twilio(process.env.TWILIO_ACCOUNT_SID, twilioToken);
  const { rows } = await pool.query('select 1 as ok');
  return { pool, sms, healthy: rows[0]?.ok === 1 };
}
