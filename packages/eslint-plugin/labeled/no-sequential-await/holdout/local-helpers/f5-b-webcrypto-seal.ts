// case: a browser upload helper that encrypts a file with AES-GCM and signs its digest with HMAC
// category: local-helpers
// why: reading the file and importing the two keys (local helpers over crypto.subtle) use nothing of
//      each other (A); then hashing the bytes and encrypting them both use only results of A and not
//      each other (B); the HMAC sign uses the digest from B, so it comes after
const enc = new TextEncoder();

function importHmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

function importAesKey(raw: ArrayBuffer): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt']);
}

function sha256(data: ArrayBuffer): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', data);
}

export interface SealedUpload {
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
  signature: ArrayBuffer;
}

export async function sealUpload(file: File, rawAesKey: ArrayBuffer, signingSecret: string): Promise<SealedUpload> {
  const iv = crypto.getRandomValues(new Uint8Array(12));

  const bytes = /*@A*/ await file.arrayBuffer();
  const hmacKey = /*@A*/ await importHmacKey(signingSecret);
  const aesKey = /*@A*/ await importAesKey(rawAesKey);

  const digest = /*@B*/ await sha256(bytes);
  const ciphertext = /*@B*/ await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aesKey, bytes);

  const signature = await crypto.subtle.sign('HMAC', hmacKey, digest);
  return { iv, ciphertext, signature };
}
