import { marked } from 'marked';
import type { AccountSummary } from './accounts';

type Usage = { days: number; total: number; peak: { day: string; count: number } };

export async function renderSummary(account: AccountSummary | null, usage: Usage): Promise<string> {
  if (!account) return '';
  const markdown = [
    `## ${account.name}`,
    '',
    `**${usage.total.toLocaleString('en-US')}** API requests in the last ${usage.days} days.`,
    usage.peak.day ? `Busiest day: ${usage.peak.day} (${usage.peak.count} requests).` : '',
    `Plan: \`${account.plan}\`, ${account.seats} seats.`,
  ].join('\n');
  return marked.parse(markdown, { async: true });
}
