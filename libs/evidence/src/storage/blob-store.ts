import { Readable } from 'node:stream';

/** The SHA-256 of a file's bytes, lower-case hex: the only name a stored file has. */
export type Sha256 = string;

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Where evidence bytes live: the local disk by default, any S3-compatible object store in production. Content-
 * addressed, so a file is written once whoever uploads it, and a name in the log can only ever mean those bytes.
 * The caller hashes while staging (see staged-upload.ts); a store trusts the hash it is given for naming and the
 * integrity check re-reads it (verifyBlob).
 */
export interface BlobStore {
  readonly backend: 'disk' | 's3';
  /** Stores the staged file at `path` under `sha256`; storing the same content twice leaves one copy. */
  put(sha256: Sha256, path: string, size: number): Promise<void>;
  /** The stored size, or null when nothing is stored under `sha256`. */
  sizeOf(sha256: Sha256): Promise<number | null>;
  /** The stored bytes as a stream; BlobMissing when nothing is stored under `sha256`. */
  open(sha256: Sha256): Promise<Readable>;
  /** Removes the bytes (orphan collection); nothing stored is not an error. */
  remove(sha256: Sha256): Promise<void>;
}

export class BlobMissing extends Error {
  constructor(readonly sha256: Sha256) {
    super(`no stored file with SHA-256 ${sha256}`);
  }
}

export function assertSha256(sha256: string): void {
  // The hash becomes a path or an object key: anything else could walk out of the store.
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
}
