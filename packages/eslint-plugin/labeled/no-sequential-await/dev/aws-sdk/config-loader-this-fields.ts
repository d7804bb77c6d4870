// case: a config loader class fills its fields from Secrets Manager and SSM in init()
// category: aws-sdk
// why: the three awaits sit inside parenthesised member accesses assigned to this; each is a read
//      of a different secret or parameter path and none reads a field another one set
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { SSMClient, GetParameterCommand, GetParametersByPathCommand } from '@aws-sdk/client-ssm';

type DbCredentials = { username: string; password: string; host: string };

export class ConfigLoader {
  private readonly secrets = new SecretsManagerClient({});
  private readonly ssm = new SSMClient({});
  db!: DbCredentials;
  featureParams: { Name?: string; Value?: string }[] = [];
  logLevel = 'info';

  constructor(private readonly stage: string) {}

  async init(): Promise<this> {
    this.db = JSON.parse(
      (/*@A*/ await this.secrets.send(new GetSecretValueCommand({ SecretId: `${this.stage}/db` }))).SecretString!,
    );
    this.featureParams =
      (/*@A*/ await this.ssm.send(
        new GetParametersByPathCommand({ Path: `/${this.stage}/features/`, Recursive: true }),
      )).Parameters ?? [];
    this.logLevel =
      (/*@A*/ await this.ssm.send(new GetParameterCommand({ Name: `/${this.stage}/log-level` }))).Parameter
        ?.Value ?? 'info';
    return this;
  }
}
