import { git } from './git';

const SECTIONS: Record<string, string> = { feat: 'Features', fix: 'Bug fixes', perf: 'Performance' };

export async function collectReleaseNotes(sinceTag: string) {
  const log = await git('log', `${sinceTag}..HEAD`, '--no-merges', '--pretty=format:%s (%h)');
  const grouped = new Map<string, string[]>();
  for (const line of log.split('\n').filter(Boolean)) {
    const match = /^(\w+)(?:\([^)]*\))?!?:\s*(.+)$/.exec(line);
    const section = match ? SECTIONS[match[1]] : undefined;
    if (!section || !match) continue;
    grouped.set(section, [...(grouped.get(section) ?? []), match[2]]);
  }
  return [...grouped]
    .map(([section, items]) => `### ${section}\n\n${items.map(item => `- ${item}`).join('\n')}`)
    .join('\n\n');
}
