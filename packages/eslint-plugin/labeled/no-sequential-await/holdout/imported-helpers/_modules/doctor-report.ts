import pc from 'picocolors';

interface Finding {
  level: 'ok' | 'warn' | 'error';
  message: string;
}

export async function formatDoctorReport(title: string, findings: Finding[]) {
  const icon = { ok: pc.green('✔'), warn: pc.yellow('▲'), error: pc.red('✖') };
  const lines = findings.map((f) => `  ${icon[f.level]} ${f.message}`);
  return [pc.bold(title), ...lines, ''].join('\n');
}
