import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { BlobCheck } from './blob-integrity';
import { BlobMissing, BlobStore, Sha256 } from './blob-store';

/** Up to this size a download is read and hashed whole before its first byte goes out (ADR 0020, notes). */
export const VERIFY_BEFORE_SENDING_BYTES = 4 * 1024 * 1024;

/** The stored bytes do not hash to the name they are under, or are not the recorded size: not to be served. */
export class BlobNotIntact extends Error {
  constructor(
    readonly sha256: Sha256,
    readonly integrity: Exclude<BlobCheck, 'INTACT'>,
  ) {
    super(`stored file ${sha256} is ${integrity}`);
  }
}

/**
 * A pass-through that hashes and counts the bytes as they stream and always holds the latest chunk back: only when
 * the source has ended and the digest and the count match the recorded ones does that last chunk go out. An altered
 * file therefore never arrives whole; with the Content-Length declared, the receiver sees a cut-off download.
 */
export function verifying(sha256: Sha256, size: number): Transform {
  const hash = createHash('sha256');
  let seen = 0;
  let held: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > size) return done(new BlobNotIntact(sha256, 'ALTERED'));
      hash.update(chunk);
      const out = held;
      held = chunk;
      done(null, out ?? undefined);
    },
    flush(done) {
      if (seen !== size || hash.digest('hex') !== sha256) return done(new BlobNotIntact(sha256, 'ALTERED'));
      done(null, held ?? undefined);
    },
  });
}

/**
 * A stored file for sending, checked against its SHA-256 on the way. Small files (≤ VERIFY_BEFORE_SENDING_BYTES)
 * come back as bytes already verified, so a refusal can still be a proper error answer; larger ones as a stream
 * whose last chunk waits for the digest (`verifying`). Memory stays bounded either way.
 */
export async function readVerified(
  store: BlobStore,
  sha256: Sha256,
  size: number,
): Promise<{ bytes: Buffer } | { stream: Readable }> {
  let source: Readable;
  try {
    source = await store.open(sha256);
  } catch (err) {
    if (err instanceof BlobMissing) throw new BlobNotIntact(sha256, 'MISSING');
    throw err;
  }
  // pipeline, not pipe: a failure on either side destroys both (an S3 body is not left open), and reaches the reader.
  const checked = pipeline(source, verifying(sha256, size), () => undefined);
  if (size > VERIFY_BEFORE_SENDING_BYTES) return { stream: checked };
  const parts: Buffer[] = [];
  for await (const chunk of checked) parts.push(chunk as Buffer);
  return { bytes: Buffer.concat(parts) };
}
