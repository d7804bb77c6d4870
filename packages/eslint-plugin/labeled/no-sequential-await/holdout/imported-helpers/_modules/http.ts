const API_BASE = process.env.CATALOG_API_URL ?? 'https://api.shop.internal';

export class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
  ) {
    super(`upstream ${status} for ${path}`);
  }
}

export async function apiGet<T>(path: string, init: { revalidate?: number } = {}): Promise<T | null> {
  const res = await fetch(`${API_BASE}${path}`, {
    headers: { accept: 'application/json', authorization: `Bearer ${process.env.CATALOG_API_TOKEN}` },
    next: { revalidate: init.revalidate ?? 60 },
  } as RequestInit);
  if (res.status === 404) return null;
  if (!res.ok) throw new UpstreamError(res.status, path);
  return (await res.json()) as T;
}
