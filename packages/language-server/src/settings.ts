import { DEFAULT_EFFECT_VERBS, type LibraryOption } from 'eslint-plugin-gather';

/**
 * The `gather.*` settings. Keys match `contributes.configuration` of the VS Code extension and,
 * for the rule's options, the rule's option names and defaults.
 */
export interface GatherSettings {
  readonly enable: boolean;
  readonly severity: Severity;
  readonly minGroupSize: number;
  readonly ignoreCallees: readonly string[];
  readonly effectVerbs: readonly string[];
  readonly extraEffectVerbs: readonly string[];
  readonly groupDiscardedAwaits: boolean;
  readonly libraries: readonly LibraryOption[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const DEFAULT_SETTINGS: GatherSettings = {
  enable: true,
  severity: 'warning',
  minGroupSize: 2,
  ignoreCallees: [],
  effectVerbs: DEFAULT_EFFECT_VERBS,
  extraEffectVerbs: [],
  groupDiscardedAwaits: false,
  libraries: [],
};

const SEVERITIES = new Set<Severity>(['error', 'warning', 'information', 'hint']);

/** Settings from the client, each field checked on its own; a bad field falls back to its default. */
export function normalizeSettings(raw: unknown): GatherSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const strings = (field: unknown, fallback: readonly string[]): readonly string[] =>
    Array.isArray(field) && field.every(item => typeof item === 'string') ? [...new Set(field as string[])] : fallback;
  return {
    enable: typeof value['enable'] === 'boolean' ? value['enable'] : DEFAULT_SETTINGS.enable,
    severity: SEVERITIES.has(value['severity'] as Severity) ? (value['severity'] as Severity) : DEFAULT_SETTINGS.severity,
    minGroupSize:
      Number.isInteger(value['minGroupSize']) && (value['minGroupSize'] as number) >= 2
        ? (value['minGroupSize'] as number)
        : DEFAULT_SETTINGS.minGroupSize,
    ignoreCallees: strings(value['ignoreCallees'], DEFAULT_SETTINGS.ignoreCallees),
    effectVerbs: strings(value['effectVerbs'], DEFAULT_SETTINGS.effectVerbs),
    extraEffectVerbs: strings(value['extraEffectVerbs'], DEFAULT_SETTINGS.extraEffectVerbs),
    groupDiscardedAwaits:
      typeof value['groupDiscardedAwaits'] === 'boolean' ? value['groupDiscardedAwaits'] : DEFAULT_SETTINGS.groupDiscardedAwaits,
    libraries: Array.isArray(value['libraries']) && value['libraries'].every(isLibraryOption) ? (value['libraries'] as LibraryOption[]) : DEFAULT_SETTINGS.libraries,
  };
}

/** The rule's options object for these settings. */
export function toRuleOptions(settings: GatherSettings): Record<string, unknown> {
  return {
    minGroupSize: settings.minGroupSize,
    ignoreCallees: [...settings.ignoreCallees],
    effectVerbs: [...settings.effectVerbs],
    extraEffectVerbs: [...settings.extraEffectVerbs],
    groupDiscardedAwaits: settings.groupDiscardedAwaits,
    libraries: [...settings.libraries],
  };
}

function isLibraryOption(value: unknown): value is LibraryOption {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
