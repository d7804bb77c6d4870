// case: a yargs deploy command (CommonJS) resolves the environment and the token, then deploys
// category: imported-helpers
// why: resolveEnvironment and resolveToken (exports.x = … in cli/context) fall back to ask(),
//      a readline question on the terminal, whenever the flag is missing. Two questions on one
//      stdin cannot be asked at the same time, so the two stay in order; deploy needs both
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');

const context = require('./_modules/x/cli/context');
const { deploy } = require('./_modules/x/cli/deploy');

yargs(hideBin(process.argv))
  .command(
    'deploy [dir]',
    'Deploy a build directory',
    y =>
      y
        .positional('dir', { type: 'string', default: 'dist' })
        .option('env', { alias: 'e', type: 'string', describe: 'target environment' })
        .option('token', { type: 'string', describe: 'deploy token (or DEPLOY_TOKEN)' }),
    async argv => {
      const environment = await context.resolveEnvironment(argv.env);
      const token = await context.resolveToken(argv.token);
      const url = await deploy({ environment, token, dir: argv.dir });
      console.log(`Deployed ${argv.dir} to ${environment}: ${url}`);
    },
  )
  .demandCommand(1)
  .strict()
  .parse();
