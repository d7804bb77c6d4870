// case: an end-to-end encrypted chat client tries each key of its keyring until one decrypts a message
// category: local-helpers
// why: the loop returns on the first key whose decrypt succeeds (a search, stopping early); trying
//      every key at once would do work the loop deliberately skips, so it is not a report
const dec = new TextDecoder();

export interface KeyringEntry {
  id: string;
  key: CryptoKey;
  createdAt: number;
}

export interface EncryptedMessage {
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
  keyHint?: string;
}

export async function decryptWithKeyring(msg: EncryptedMessage, keyring: KeyringEntry[]): Promise<string> {
  const ordered = msg.keyHint
    ? [...keyring].sort((a, b) => Number(b.id === msg.keyHint) - Number(a.id === msg.keyHint))
    : [...keyring].sort((a, b) => b.createdAt - a.createdAt);

  for (const entry of ordered) {
    try {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: msg.iv }, entry.key, msg.ciphertext);
      return dec.decode(plain);
    } catch {
      continue; // wrong key: AES-GCM authentication failed
    }
  }
  throw new Error('No key in the keyring can decrypt this message');
}
