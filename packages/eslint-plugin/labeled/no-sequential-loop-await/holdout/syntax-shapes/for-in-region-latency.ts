// case: a status script measures the latency of the health endpoint in every region of a config object
// category: syntax-shapes
// why: for…in walks the keys of a constant object that exists before the loop; each iteration is one
//      GET for its region and stores the result under its own key, so the requests can run together
const REGION_ENDPOINTS: Record<string, string> = {
  'us-east': 'https://us-east.api.example.com',
  'eu-west': 'https://eu-west.api.example.com',
  'ap-south': 'https://ap-south.api.example.com',
};

export async function measureRegions() {
  const latency: Record<string, number | null> = {};
  /*@A*/ for (const region in REGION_ENDPOINTS) {
    const started = Date.now();
    const res = await fetch(`${REGION_ENDPOINTS[region]}/health`, { signal: AbortSignal.timeout(5000) }).catch(() => null);
    latency[region] = res?.ok ? Date.now() - started : null;
  }
  return latency;
}
