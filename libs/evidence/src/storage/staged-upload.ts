import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Sha256 } from './blob-store';

/** The bytes of one upload on local disk, hashed and counted on the way in. */
export interface StagedFile {
  path: string;
  sha256: Sha256;
  size: number;
  discard(): Promise<void>;
}

export class UploadTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`upload exceeds ${limit} bytes`);
  }
}

/**
 * Streams an upload into `dir` while hashing and counting it, never holding the whole file in memory. Past
 * `maxBytes` it stops reading and fails; on any failure (a dropped connection, the limit) the partial file is gone.
 */
export async function stageUpload(body: Readable, dir: string, maxBytes: number): Promise<StagedFile> {
  // A connection that breaks before the pipeline below listens must not crash the process; the pipeline still
  // sees the stream destroyed and fails.
  body.on('error', () => undefined);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new UploadTooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const discard = () => rm(path, { force: true });
  try {
    await pipeline(body, meter, createWriteStream(path));
  } catch (err) {
    await discard();
    throw err;
  }
  return { path, sha256: hash.digest('hex'), size, discard };
}

/** The SHA-256 of a file on local disk, read as a stream (a finished resumable upload, before it is stored). */
export async function hashFile(path: string): Promise<Sha256> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
