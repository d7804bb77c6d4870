// case: a config loader reads every SSM parameter under several path prefixes
// category: aws-sdk
// why: the outer loop is reported: each prefix is paged through on its own (its NextToken never
//      leaves the iteration) and the result is stored by prefix; the break only ends the inner
//      page loop. The inner loop follows a page token and stops with break, so it is not reported
import { SSMClient, GetParametersByPathCommand, type Parameter } from '@aws-sdk/client-ssm';

const ssm = new SSMClient({});

export async function loadConfigTree(prefixes: string[]) {
  const byPrefix: Record<string, Parameter[]> = {};

  /*@A*/ for (const prefix of prefixes) {
    const params: Parameter[] = [];
    for (let NextToken: string | undefined; ; ) {
      const page = await ssm.send(
        new GetParametersByPathCommand({ Path: prefix, Recursive: true, WithDecryption: true, NextToken }),
      );
      params.push(...(page.Parameters ?? []));
      NextToken = page.NextToken;
      if (!NextToken) break;
    }
    byPrefix[prefix] = params;
  }

  return byPrefix;
}
