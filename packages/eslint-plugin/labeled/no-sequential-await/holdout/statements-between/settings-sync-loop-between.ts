// case: a settings page reads stored settings, fills defaults in a synchronous loop, then lists the user's integrations
// category: statements-between
// why: the loop between the reads fills `merged` from constant definitions and uses nothing of the stored
//      settings; the integrations call does not read `merged`, so the two reads form a group
import { integrationsApi } from '@/server/integrations';
import { settingsRepo } from '@/server/settings';
import { SETTING_DEFINITIONS } from '@/settings/definitions';

export async function buildSettingsPage(userId: string) {
  const stored = /*@A*/ await settingsRepo.forUser(userId);
  const merged: Record<string, unknown> = {};
  for (const def of SETTING_DEFINITIONS) {
    merged[def.key] = def.defaultValue;
  }
  const integrations = /*@A*/ await integrationsApi.list(userId, { includeDisabled: true });

  for (const [key, value] of Object.entries(stored)) merged[key] = value;
  return {
    settings: merged,
    integrations: integrations.map((i) => ({ id: i.id, name: i.name, connected: i.status === 'active' })),
  };
}
