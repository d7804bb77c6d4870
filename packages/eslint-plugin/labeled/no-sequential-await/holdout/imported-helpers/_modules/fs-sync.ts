import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function readJsonFile<T = unknown>(relative: string, fallback?: T): T {
  const file = path.resolve(process.cwd(), relative);
  if (!existsSync(file)) {
    if (fallback !== undefined) return fallback;
    throw new Error(`missing config file ${relative}`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
