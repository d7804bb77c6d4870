// The example app has no @types/node: the environment is the one piece of Node it reads.
declare const process: { readonly env: Readonly<Record<string, string | undefined>> };

const DEFAULT_DELAY_MS = 1000;

/** How long each simulated backend call takes. Set GATHER_DEMO_DELAY_MS=50 for quick runs. */
export const DELAY_MS: number = parseDelay(process.env.GATHER_DEMO_DELAY_MS);

function parseDelay(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_DELAY_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) {
    throw new Error(`GATHER_DEMO_DELAY_MS must be a number of milliseconds, got ${JSON.stringify(raw)}`);
  }
  return ms;
}
