import { Storage } from '@google-cloud/storage';

const storage = new Storage();
const bucket = storage.bucket(process.env.ANALYTICS_BUCKET ?? 'acme-analytics');

export async function readJson<T>(objectPath: string): Promise<T> {
  const [contents] = await bucket.file(objectPath).download();
  return JSON.parse(contents.toString('utf8')) as T;
}

export async function listObjects(prefix: string): Promise<string[]> {
  const [files] = await bucket.getFiles({ prefix, autoPaginate: true });
  return files.map((file) => file.name);
}

export async function writeJson(objectPath: string, value: unknown): Promise<void> {
  await bucket.file(objectPath).save(JSON.stringify(value), {
    contentType: 'application/json',
    resumable: false,
  });
}
