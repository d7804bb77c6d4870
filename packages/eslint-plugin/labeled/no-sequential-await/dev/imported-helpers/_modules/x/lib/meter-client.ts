const BASE_URL = process.env.METER_API_URL ?? 'https://api.metronome.example';

type Options = {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  idempotencyKey?: string;
};

export async function meter<T>(path: string, { method = 'GET', body, idempotencyKey }: Options = {}): Promise<T> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${process.env.METER_API_KEY}`,
    accept: 'application/json',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`meter ${method} ${path} failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
