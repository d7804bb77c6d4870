// case: a Lambda module loads its database secret, its parameter tree and the KMS key description at cold start
// category: aws-sdk
// why: three top-level reads from three services with ids from the environment; none uses another's
//      result, so the module's top-level awaits form one group
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';
import pg from 'pg';

const secrets = new SecretsManagerClient({});
const ssm = new SSMClient({});
const kms = new KMSClient({});

const dbSecret = /*@A*/ await secrets.send(new GetSecretValueCommand({ SecretId: process.env.DB_SECRET_ARN }));
const params = /*@A*/ await ssm.send(
  new GetParametersByPathCommand({ Path: `/orders/${process.env.STAGE}/`, Recursive: true, WithDecryption: true }),
);
const key = /*@A*/ await kms.send(new DescribeKeyCommand({ KeyId: process.env.FIELD_KEY_ID }));

const { username, password, host, port, dbname } = JSON.parse(dbSecret.SecretString);
export const config = Object.fromEntries((params.Parameters ?? []).map((p) => [p.Name.split('/').pop(), p.Value]));
export const fieldKeyArn = key.KeyMetadata?.Arn;
export const pool = new pg.Pool({ user: username, password, host, port, database: dbname, max: 2 });

export async function handler(event) {
  const { rows } = await pool.query('SELECT status FROM orders WHERE id = $1', [event.orderId]);
  return rows[0] ?? null;
}
