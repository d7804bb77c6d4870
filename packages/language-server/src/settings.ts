import gather from 'eslint-plugin-gather';

import { checkAgainstSchema, type OptionSchema } from './option-schema.js';

/**
 * The `gather.*` settings, derived from the plugin: one switch per rule (`gather.noSequentialAwait.enable`
 * for `no-sequential-await`), and every option of every rule under its own name, with the rule's
 * default (`gather.ignoreCallees`). A rule takes the options its schema names. The VS Code
 * extension's `contributes.configuration` is generated from the same description.
 */
export interface GatherSettings {
  readonly enable: boolean;
  readonly severity: Severity;
  /** When a document is linted: as it is typed (and on open), or only when it is opened and saved. */
  readonly run: RunMode;
  /** Whether each rule of the plugin runs, by rule name. */
  readonly rules: Readonly<Record<string, boolean>>;
  /** The rules' options by option name. */
  readonly options: Readonly<Record<string, unknown>>;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export type RunMode = 'onType' | 'onSave';

export const RUN_MODES: readonly RunMode[] = ['onType', 'onSave'];

type RuleModule = (typeof gather.rules)[keyof typeof gather.rules];

/** Every rule of the plugin by name. */
export const RULES: ReadonlyMap<string, RuleModule> = new Map(Object.entries(gather.rules));

/** `no-sequential-loop-await` → `noSequentialLoopAwait`: the settings key of a rule's switch. */
export function ruleSettingKey(ruleName: string): string {
  return ruleName.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The option schemas of a rule (its first and only options object). */
export function ruleOptionSchemas(rule: RuleModule): Readonly<Record<string, OptionSchema>> {
  const schema = rule.meta.schema as readonly OptionSchema[] | OptionSchema | undefined;
  const first = Array.isArray(schema) ? (schema as readonly OptionSchema[])[0] : undefined;
  return first?.properties ?? {};
}

function ruleDefaults(rule: RuleModule): Readonly<Record<string, unknown>> {
  return (rule.meta.defaultOptions?.[0] as Record<string, unknown> | undefined) ?? {};
}

/** Each option of any rule, with its schema and default (the first rule that names it decides). */
export const OPTION_SCHEMAS: ReadonlyMap<string, { readonly schema: OptionSchema; readonly default: unknown }> = (() => {
  const options = new Map<string, { schema: OptionSchema; default: unknown }>();
  for (const rule of RULES.values()) {
    const defaults = ruleDefaults(rule);
    for (const [name, schema] of Object.entries(ruleOptionSchemas(rule))) {
      if (!options.has(name)) options.set(name, { schema, default: defaults[name] });
    }
  }
  return options;
})();

export const DEFAULT_SETTINGS: GatherSettings = {
  enable: true,
  severity: 'warning',
  run: 'onType',
  rules: Object.fromEntries([...RULES.keys()].map(name => [name, true])),
  options: Object.fromEntries([...OPTION_SCHEMAS].map(([name, option]) => [name, option.default])),
};

export interface NormalizedSettings {
  readonly settings: GatherSettings;
  /** What was wrong, one line per setting, each naming it: `gather.ignoreCallees should be an array`. */
  readonly problems: readonly string[];
}

const MAX_PROBLEM_LENGTH = 200;

/**
 * Settings from the client, each field checked on its own against the rules' schemas; a field of
 * the wrong shape falls back to its default and is named in `problems`. Absent fields are not
 * problems.
 */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const value = isRecord(raw) ? raw : {};
  const problems: string[] = [];
  const field = <T>(name: string, fallback: T, check: (candidate: unknown) => string | null): T => {
    if (!Object.hasOwn(value, name) || value[name] === undefined || value[name] === null) return fallback;
    const problem = check(value[name]);
    if (problem === null) return value[name] as T;
    problems.push(cut(`${problem}; using the default`));
    return fallback;
  };
  const enable = field('enable', DEFAULT_SETTINGS.enable, candidate => (typeof candidate === 'boolean' ? null : 'gather.enable should be true or false'));
  const severity = field('severity', DEFAULT_SETTINGS.severity, candidate =>
    SEVERITIES.includes(candidate as Severity) ? null : `gather.severity should be one of ${SEVERITIES.join(', ')}`,
  );
  const run = field('run', DEFAULT_SETTINGS.run, candidate =>
    RUN_MODES.includes(candidate as RunMode) ? null : `gather.run should be one of ${RUN_MODES.join(', ')}`,
  );
  const rules: Record<string, boolean> = {};
  for (const name of RULES.keys()) {
    const key = ruleSettingKey(name);
    const section = Object.hasOwn(value, key) && isRecord(value[key]) ? value[key] : {};
    const enabled = section['enable'];
    if (enabled === undefined || typeof enabled === 'boolean') rules[name] = enabled ?? true;
    else {
      problems.push(cut(`gather.${key}.enable should be true or false; using the default`));
      rules[name] = true;
    }
  }
  const options: Record<string, unknown> = {};
  for (const [name, option] of OPTION_SCHEMAS) {
    const chosen = field(name, option.default, candidate => checkAgainstSchema(candidate, option.schema, `gather.${name}`));
    options[name] = Array.isArray(chosen) && option.schema.type === 'array' && chosen.every(item => typeof item === 'string') ? [...new Set(chosen)] : chosen;
  }
  return { settings: { enable, severity, run, rules, options }, problems };
}

/** The options object of one rule: the options its schema names. */
export function toRuleOptions(settings: GatherSettings, ruleName: string): Record<string, unknown> {
  const rule = RULES.get(ruleName);
  if (!rule) return {};
  return Object.fromEntries(Object.keys(ruleOptionSchemas(rule)).map(name => [name, settings.options[name]]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem line of bounded length: a setting may hold megabytes. */
function cut(line: string): string {
  return line.length > MAX_PROBLEM_LENGTH ? `${line.slice(0, MAX_PROBLEM_LENGTH)}…` : line;
}
