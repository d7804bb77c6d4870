// case: a Bun.serve upload route checks the API key, reads the multipart body, hashes the file and stores it in S3 with dedupe
// category: http-handlers
// why: a chain: the API key guard must pass before the body is read, the file bytes come from the
//      form, the digest from the bytes, the key from the digest; exists() sits in an if test with an
//      early return, write() is a discarded upload, and stat() reads the object just written
import { S3Client } from 'bun';
import { requireApiKey } from './auth.mjs';

const s3 = new S3Client({
  bucket: process.env.UPLOAD_BUCKET,
  region: 'auto',
  endpoint: process.env.S3_ENDPOINT,
});

const toHex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

Bun.serve({
  port: Number(process.env.PORT ?? 3000),
  routes: {
    '/health': new Response('ok'),
    '/upload': {
      POST: async (req) => {
        const account = await requireApiKey(req);
        const form = await req.formData();
        const file = form.get('file');
        if (!(file instanceof File)) {
          return Response.json({ error: 'missing file field' }, { status: 400 });
        }
        if (file.size > 25 * 1024 * 1024) {
          return Response.json({ error: 'file too large' }, { status: 413 });
        }

        const bytes = await file.arrayBuffer();
        const digest = await crypto.subtle.digest('SHA-256', bytes);
        const key = `${account.id}/${toHex(digest)}`;

        if (await s3.exists(key)) {
          return Response.json({ key, deduplicated: true });
        }

        await s3.write(key, bytes, { type: file.type || 'application/octet-stream' });
        const stat = await s3.stat(key);

        return Response.json({ key, size: stat.size, etag: stat.etag, deduplicated: false }, { status: 201 });
      },
    },
  },
  error(err) {
    return Response.json({ error: err.message }, { status: err.status ?? 500 });
  },
});
