// case: a `doctor` CLI command reads the manifest, the lockfile and the workspace globs through imported helpers, then formats a report
// category: imported-helpers
// why: readManifest, inspectLockfile and collectWorkspaceGlobs each read a different file with
//      fs.promises (readFile / stat) under the same root and share nothing, so they form one group;
//      formatDoctorReport only builds a string from their results (no I/O) and depends on them
import { Command } from 'commander';
import path from 'node:path';
import { formatDoctorReport } from './_modules/doctor-report';
import { collectWorkspaceGlobs, inspectLockfile, readManifest } from './_modules/project-files';

type Level = 'ok' | 'warn' | 'error';

export const doctor = new Command('doctor')
  .description('check the repository setup')
  .option('--cwd <dir>', 'project root', process.cwd())
  .action(async (opts: { cwd: string }) => {
    const root = path.resolve(opts.cwd);

    const manifest = /*@A*/ await readManifest(root);
    const lockfile = /*@A*/ await inspectLockfile(root);
    const globs = /*@A*/ await collectWorkspaceGlobs(root);

    const findings: { level: Level; message: string }[] = [
      manifest.packageManager?.startsWith('pnpm@')
        ? { level: 'ok', message: `packageManager is ${manifest.packageManager}` }
        : { level: 'warn', message: 'packageManager is not pinned to pnpm' },
      lockfile
        ? { level: 'ok', message: `lockfile v${lockfile.version} (${Math.round(lockfile.bytes / 1024)} KiB)` }
        : { level: 'error', message: 'pnpm-lock.yaml is missing, run pnpm install' },
      globs.length
        ? { level: 'ok', message: `workspace globs: ${globs.join(', ')}` }
        : { level: 'warn', message: 'no pnpm-workspace.yaml packages found' },
    ];

    const report = await formatDoctorReport(`doctor: ${manifest.name ?? path.basename(root)}`, findings);
    process.stdout.write(report);
    if (findings.some((f) => f.level === 'error')) process.exitCode = 1;
  });
