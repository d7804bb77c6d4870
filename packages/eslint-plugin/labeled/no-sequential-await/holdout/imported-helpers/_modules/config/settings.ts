import { z } from 'zod';
import { readJsonFile } from '../fs-sync';

const SettingsSchema = z.object({
  corsOrigins: z.array(z.string()).default([]),
  uploadLimitMb: z.number().default(10),
  trustProxy: z.boolean().default(false),
});

const FeatureDefaultsSchema = z.record(z.string(), z.boolean());

export async function loadSettings(file = 'config/app.json') {
  return SettingsSchema.parse(readJsonFile(file));
}

export async function fetchFeatureDefaults() {
  return FeatureDefaultsSchema.parse(readJsonFile('config/features.json', {}));
}
