// case: a status page checks the health endpoint of every internal service
// category: http-clients
// why: each iteration is a GET to its own service with a timeout; failures are caught and recorded, there
//      is no break or return, and results are pushed, so all checks can start together
import axios, { AxiosError } from 'axios';

interface Service {
  name: string;
  baseUrl: string;
}

export async function checkServices(services: Service[]) {
  const results: Array<{ name: string; ok: boolean; status?: number; ms: number }> = [];
  /*@A*/ for (const service of services) {
    const started = performance.now();
    try {
      const res = await axios.get(`${service.baseUrl}/healthz`, { timeout: 3000 });
      results.push({ name: service.name, ok: res.status === 200, status: res.status, ms: performance.now() - started });
    } catch (error) {
      const status = error instanceof AxiosError ? error.response?.status : undefined;
      results.push({ name: service.name, ok: false, status, ms: performance.now() - started });
    }
  }
  return results;
}
