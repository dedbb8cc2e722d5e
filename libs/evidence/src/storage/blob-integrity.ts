import { createHash } from 'node:crypto';
import { BlobMissing, BlobStore, Sha256 } from './blob-store';

export type BlobCheck = 'INTACT' | 'ALTERED' | 'MISSING';

/** Re-reads a stored file and hashes it again: a file changed in storage no longer matches the name it is under. */
export async function checkBlob(store: BlobStore, sha256: Sha256): Promise<BlobCheck> {
  let stream;
  try {
    stream = await store.open(sha256);
  } catch (err) {
    if (err instanceof BlobMissing) return 'MISSING';
    throw err;
  }
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex') === sha256 ? 'INTACT' : 'ALTERED';
}
