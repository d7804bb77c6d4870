// Writes the `gather.*` settings of package.json from the language server's description of them
// (language-server/src/settings-manifest.ts): `pnpm run manifest`. tests/manifest.test.mts fails
// when package.json differs from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';

import { configurationProperties, RESTRICTED_SETTINGS } from '../../language-server/src/settings-manifest.js';

const path = new URL('../package.json', import.meta.url);
const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
  contributes: { configuration: { properties: unknown } };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: unknown } };
};
manifest.contributes.configuration.properties = configurationProperties();
manifest.capabilities.untrustedWorkspaces.restrictedConfigurations = RESTRICTED_SETTINGS;
writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
