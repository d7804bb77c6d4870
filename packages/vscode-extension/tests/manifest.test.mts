import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from '../../language-server/src/settings.js';

interface Manifest {
  activationEvents: string[];
  main: string;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, { default: unknown; description?: string; markdownDescription?: string }> };
  };
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[] } };
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

describe('the extension manifest', () => {
  it('declares every server setting, with the server default and a description', () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      const property = properties[`gather.${key}`];
      expect(property, `gather.${key}`).toBeDefined();
      expect(property!.default, `gather.${key}`).toEqual(value);
      expect(property!.description ?? property!.markdownDescription, `gather.${key}`).toBeTruthy();
    }
  });

  it('activates on the four JavaScript and TypeScript languages only', () => {
    expect(manifest.activationEvents.sort()).toEqual(
      ['onLanguage:javascript', 'onLanguage:javascriptreact', 'onLanguage:typescript', 'onLanguage:typescriptreact'].sort(),
    );
  });

  it('offers the restart and output commands under one category', () => {
    expect(manifest.contributes.commands.map(command => `${command.category}: ${command.title}`)).toEqual([
      'Gather: Restart Server',
      'Gather: Show Output',
    ]);
  });

  it('supports untrusted workspaces in a limited way, restricting only settings that hold patterns', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: ['gather.ignoreCallees', 'gather.libraries'] });
  });
});
