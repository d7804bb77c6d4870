// case: a deploy CLI drives one Pulumi stack through the automation API: select, configure, refresh, update, then read its outputs
// category: fs-cli
// why: every call works on one stack and workspace (a stateful source, the CLI takes the stack lock);
//      the setConfig calls and refresh are awaited for their effects, in order; up is a write whose result is
//      logged; outputs reads what up just wrote. No group.
import { LocalWorkspace } from '@pulumi/pulumi/automation';

const print = (line: string) => process.stdout.write(line);

async function deploy(stackName: string, region: string): Promise<string> {
  const stack = await LocalWorkspace.createOrSelectStack({ stackName, workDir: './infra' });

  await stack.setConfig('aws:region', { value: region });
  await stack.setConfig('app:imageTag', { value: process.env.IMAGE_TAG ?? 'latest' });
  await stack.refresh({ onOutput: print });

  const result = await stack.up({ onOutput: print });
  console.log(`update ${result.summary.result}: ${JSON.stringify(result.summary.resourceChanges ?? {})}`);

  const outputs = await stack.outputs();
  return String(outputs.url?.value ?? '');
}

deploy(process.argv[2] ?? 'dev', process.env.AWS_REGION ?? 'us-east-1')
  .then((url) => console.log(`deployed: ${url}`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
