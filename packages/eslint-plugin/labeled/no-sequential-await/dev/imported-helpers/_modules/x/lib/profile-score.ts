import { getProfileRow } from './profile';

const FIELDS = ['displayName', 'bio', 'website', 'location', 'avatarUrl'] as const;

export async function profileCompleteness(userId: string) {
  const row = await getProfileRow(userId);
  if (!row) return { percent: 0, missing: [...FIELDS] };
  const missing = FIELDS.filter(field => !row[field]);
  return {
    percent: Math.round(((FIELDS.length - missing.length) / FIELDS.length) * 100),
    missing,
  };
}
