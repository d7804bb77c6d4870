// case: a release step reads the build manifest from S3, the channel from SSM and the signing key from Secrets Manager
// category: aws-sdk
// why: GetObjectCommand, GetParameterCommand and GetSecretValueCommand are three reads of different
//      services that use only the function's arguments and constants; reading the body needs the
//      first result and comes after, and the PutObjectCommand (a discarded write) uses all three
import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { createHmac } from 'node:crypto';

const s3 = new S3Client({ region: process.env.AWS_REGION });
const ssm = new SSMClient({});
const secrets = new SecretsManagerClient({});

export async function signRelease(bucket: string, version: string) {
  const manifestObject = /*@A*/ await s3.send(
    new GetObjectCommand({ Bucket: bucket, Key: `builds/${version}/manifest.json` }),
  );
  const { Parameter } = /*@A*/ await ssm.send(new GetParameterCommand({ Name: '/release/channel' }));
  const { SecretString } = /*@A*/ await secrets.send(
    new GetSecretValueCommand({ SecretId: 'release/signing-key' }),
  );

  const manifest = await manifestObject.Body!.transformToString('utf-8');
  const signature = createHmac('sha256', SecretString!).update(manifest).digest('hex');
  const channel = Parameter?.Value ?? 'stable';

  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: `channels/${channel}/${version}.sig`,
      Body: signature,
      ContentType: 'text/plain',
    }),
  );
  return { channel, signature };
}
