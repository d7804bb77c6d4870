// case: a status page probes each upstream's health endpoint with axios and records failures
// category: http-clients
// why: axios.get is a read; a failing upstream is logged in the catch and the loop continues, so
//      no iteration stops the loop or feeds the next; all probes can run together
import axios, { AxiosError } from 'axios';

const UPSTREAMS: Record<string, string> = {
  billing: 'https://billing.internal/healthz',
  search: 'https://search.internal/healthz',
  media: 'https://media.internal/healthz',
};

export async function probeUpstreams() {
  const report: { name: string; ok: boolean; status?: number; ms?: number }[] = [];
  /*@A*/ for (const [name, url] of Object.entries(UPSTREAMS)) {
    const started = Date.now();
    let status: number;
    try {
      ({ status } = await axios.get(url, { timeout: 2000, validateStatus: () => true }));
    } catch (err) {
      console.warn(`upstream ${name} unreachable`, (err as AxiosError).code);
      report.push({ name, ok: false });
      continue;
    }
    report.push({ name, ok: status < 400, status, ms: Date.now() - started });
  }
  return report;
}
