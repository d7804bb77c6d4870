import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { configurationProperties, RESTRICTED_SETTINGS } from '../../language-server/src/settings-manifest.js';
import { DEFAULT_SETTINGS, RULES, ruleSettingKey } from '../../language-server/src/settings.js';

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
  it('declares exactly the settings the server describes (regenerate with `pnpm run manifest`)', () => {
    expect(properties).toEqual(configurationProperties());
  });

  it('declares every setting the server reads, with the server default and a description', () => {
    const keys: [string, unknown][] = [
      ['gather.enable', DEFAULT_SETTINGS.enable],
      ['gather.severity', DEFAULT_SETTINGS.severity],
      ...[...RULES.keys()].map((name): [string, unknown] => [`gather.${ruleSettingKey(name)}.enable`, true]),
      ...Object.entries(DEFAULT_SETTINGS.options).map(([name, value]): [string, unknown] => [`gather.${name}`, value]),
    ];
    for (const [key, value] of keys) {
      const property = properties[key];
      expect(property, key).toBeDefined();
      expect(property!.default, key).toEqual(value);
      expect(property!.description ?? property!.markdownDescription, key).toBeTruthy();
    }
  });

  it('has an icon that ships and a gallery banner', () => {
    const raw = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { icon: string; galleryBanner: { color: string } };
    expect(existsSync(new URL(`../${raw.icon}`, import.meta.url))).toBe(true);
    expect(readFileSync(new URL('../.vscodeignore', import.meta.url), 'utf8')).toContain('!images/*.png');
    expect(raw.galleryBanner.color).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('activates on the four JavaScript and TypeScript languages only', () => {
    expect(manifest.activationEvents.sort()).toEqual(
      ['onLanguage:javascript', 'onLanguage:javascriptreact', 'onLanguage:typescript', 'onLanguage:typescriptreact'].sort(),
    );
  });

  it('offers the restart and output commands under one category', () => {
    expect(manifest.contributes.commands.map(command => `${command.category}: ${command.title}`)).toEqual(['Gather: Restart Server', 'Gather: Show Output']);
  });

  it('supports untrusted workspaces in a limited way, restricting only settings that hold patterns', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: RESTRICTED_SETTINGS });
    expect(RESTRICTED_SETTINGS).toEqual(['gather.ignoreCallees', 'gather.libraries']);
  });
});
