import type { OptionSchema } from './option-schema.js';
import { DEFAULT_SETTINGS, OPTION_SCHEMAS, RULES, ruleOptionSchemas, ruleSettingKey, RUN_MODES, SEVERITIES } from './settings.js';

/** A VS Code `contributes.configuration` property. */
export interface ConfigurationProperty extends OptionSchema {
  readonly scope: 'resource' | 'window';
  readonly markdownDescription?: string;
  readonly enumDescriptions?: readonly string[];
  readonly order?: number;
  readonly uniqueItems?: boolean;
}

/**
 * The `gather.*` settings as VS Code's manifest declares them, made from the same description
 * the server reads settings with (settings.ts): one switch per rule, each rule option with its
 * schema and default, and the rules that take it named. The extension's package.json holds the
 * output of this function (`pnpm --filter gather-vscode run manifest`); a test keeps them equal.
 */
export function configurationProperties(): Record<string, ConfigurationProperty> {
  const properties: Record<string, ConfigurationProperty> = {};
  let order = 0;
  properties['gather.enable'] = {
    type: 'boolean',
    default: DEFAULT_SETTINGS.enable,
    scope: 'resource',
    order: order++,
    description: 'Run Gather on JavaScript and TypeScript files.',
  };
  properties['gather.severity'] = {
    type: 'string',
    enum: SEVERITIES,
    default: DEFAULT_SETTINGS.severity,
    scope: 'resource',
    order: order++,
    description: 'How the reports are shown.',
    enumDescriptions: ['Red squiggle, counted as an error.', 'Yellow squiggle.', 'Blue squiggle.', 'Faint dots, no entry in the Problems panel.'],
  };
  properties['gather.run'] = {
    type: 'string',
    enum: RUN_MODES,
    default: DEFAULT_SETTINGS.run,
    scope: 'resource',
    order: order++,
    description: 'When files are linted.',
    enumDescriptions: ['As you type, and when a file is opened.', 'When a file is opened or saved: for slow machines or very large files.'],
  };
  for (const [name, rule] of RULES) {
    properties[`gather.${ruleSettingKey(name)}.enable`] = {
      type: 'boolean',
      default: true,
      scope: 'resource',
      order: order++,
      markdownDescription: `${rule.meta.docs?.description ?? name} ([gather/${name}](${rule.meta.docs?.url ?? ''})).`,
    };
  }
  for (const [name, option] of OPTION_SCHEMAS) {
    const takers = [...RULES].filter(([, rule]) => Object.hasOwn(ruleOptionSchemas(rule), name)).map(([ruleName]) => `\`gather/${ruleName}\``);
    const { description, ...schema } = option.schema;
    properties[`gather.${name}`] = {
      ...schema,
      default: option.default,
      scope: 'resource',
      order: order++,
      markdownDescription: `${linkSettings(description ?? '')} Option of ${takers.join(' and ')}.`,
    };
  }
  properties['gather.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    order: order++,
    description: 'Traces the communication between VS Code and the Gather language server.',
  };
  return properties;
}

/** The settings whose values are patterns: in untrusted workspaces VS Code takes them from user settings only. */
export const RESTRICTED_SETTINGS = ['gather.ignoreCallees', 'gather.libraries'];

/** `` `effectVerbs` `` in a description becomes a link to that setting: `` `#gather.effectVerbs#` ``. */
function linkSettings(description: string): string {
  return description.replace(/`(\w+)`/g, (whole, name: string) => (OPTION_SCHEMAS.has(name) ? `\`#gather.${name}#\`` : whole));
}
