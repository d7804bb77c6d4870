// case: an ESM Lambda loads its webhook URL from SSM and its database secret at module top level
// category: serverless
// why: the two top-level awaits of the module are reads of different services (SSM parameter,
//      Secrets Manager secret) and neither uses the other; in the handler the invoke and the webhook
//      POST are one after another and the POST sends what the invoke returned
import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';

const ssm = new SSMClient({});
const secretsManager = new SecretsManagerClient({});
const lambda = new LambdaClient({});

const { Parameter: webhook } = /*@A*/ await ssm.send(
  new GetParameterCommand({ Name: process.env.WEBHOOK_PARAM, WithDecryption: true }),
);
const { SecretString } = /*@A*/ await secretsManager.send(
  new GetSecretValueCommand({ SecretId: process.env.DB_SECRET_ARN }),
);
const dbConfig = JSON.parse(SecretString);

export const handler = async (event) => {
  const result = await lambda.send(
    new InvokeCommand({
      FunctionName: process.env.WORKER_FUNCTION,
      Payload: JSON.stringify({ db: dbConfig, records: event.Records }),
    }),
  );
  const summary = JSON.parse(new TextDecoder().decode(result.Payload));

  await fetch(webhook.Value, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ processed: summary.count, failed: summary.failed }),
  });
  return { batchItemFailures: summary.failedIds.map((id) => ({ itemIdentifier: id })) };
};
