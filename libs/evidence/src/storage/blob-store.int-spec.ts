import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BlobMissing, BlobStore } from './blob-store';
import { checkBlob } from './blob-integrity';
import { DiskBlobStore } from './disk-blob-store';
import { stageUpload, UploadTooLarge } from './staged-upload';
import { startTestS3, TestS3 } from './test-s3-server';
import { readVerified, VERIFY_BEFORE_SENDING_BYTES } from './verified-read';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

let work: string;
let s3: TestS3;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'evidence-store-'));
  s3 = await startTestS3(join(work, 's3'));
});
afterAll(async () => {
  await s3?.stop();
  await rm(work, { recursive: true, force: true });
});

async function staged(bytes: Buffer) {
  return stageUpload(Readable.from([bytes]), join(work, 'staging'), 64 * 1024 * 1024);
}

/** One suite, both backends (issue 22: the S3 path passes the same suite as the disk path). */
describe.each([
  ['disk', () => new DiskBlobStore(join(work, 'disk'))],
  ['s3', () => s3.store],
] as const)('%s blob store', (_name, make: () => BlobStore) => {
  let store: BlobStore;
  beforeAll(() => (store = make()));

  it('stores a file under its SHA-256 and gives the same bytes back', async () => {
    const bytes = randomBytes(100_000);
    const file = await staged(bytes);
    expect(file.sha256).toBe(sha(bytes));
    expect(file.size).toBe(bytes.length);
    expect(await store.sizeOf(file.sha256)).toBeNull();
    await store.put(file.sha256, file.path, file.size);
    expect(await store.sizeOf(file.sha256)).toBe(bytes.length);
    expect((await collect(await store.open(file.sha256))).equals(bytes)).toBe(true);
    expect(await checkBlob(store, file.sha256)).toBe('INTACT');
    await file.discard();
  });

  it('keeps one copy of the same content stored twice', async () => {
    const bytes = randomBytes(2048);
    const a = await staged(bytes);
    const b = await staged(bytes);
    await store.put(a.sha256, a.path, a.size);
    await store.put(b.sha256, b.path, b.size);
    expect((await collect(await store.open(a.sha256))).equals(bytes)).toBe(true);
  });

  it('streams a 24 MB file through without loss', async () => {
    const bytes = randomBytes(24 * 1024 * 1024);
    const file = await staged(bytes);
    await store.put(file.sha256, file.path, file.size);
    expect(sha(await collect(await store.open(file.sha256)))).toBe(sha(bytes));
  });

  it('says a missing file is missing, and removes what it holds', async () => {
    const bytes = randomBytes(512);
    expect(await store.sizeOf(sha(bytes))).toBeNull();
    await expect(store.open(sha(bytes))).rejects.toBeInstanceOf(BlobMissing);
    expect(await checkBlob(store, sha(bytes))).toBe('MISSING');
    const file = await staged(bytes);
    await store.put(file.sha256, file.path, file.size);
    await store.remove(file.sha256);
    expect(await store.sizeOf(file.sha256)).toBeNull();
    await store.remove(file.sha256);
  });

  it('reports a file altered in storage', async () => {
    const original = randomBytes(4096);
    const file = await staged(original);
    await store.put(file.sha256, file.path, file.size);
    // Tampering: other bytes written under the original's name, straight into the store.
    const forged = join(work, 'forged');
    await writeFile(forged, Buffer.concat([original, Buffer.from('edited')]));
    await store.put(file.sha256, forged, original.length + 6);
    expect(await checkBlob(store, file.sha256)).toBe('ALTERED');
  });

  it('refuses names that are not a SHA-256', async () => {
    await expect(store.open('../../etc/passwd')).rejects.toThrow('not a SHA-256');
  });
});

describe('staging an upload', () => {
  it('stops past the limit and leaves no partial file', async () => {
    const dir = join(work, 'staging-limit');
    await expect(
      stageUpload(Readable.from([randomBytes(5000), randomBytes(5000)]), dir, 8000),
    ).rejects.toBeInstanceOf(UploadTooLarge);
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves no partial file when the sender goes away mid-upload', async () => {
    const dir = join(work, 'staging-cut');
    const cut = new Readable({ read() {} });
    cut.push(randomBytes(1000));
    setImmediate(() => cut.destroy(new Error('connection reset')));
    await expect(stageUpload(cut, dir, 1_000_000)).rejects.toThrow('connection reset');
    expect(await readdir(dir)).toEqual([]);
  });
});

/** Downloads check the hash, not only the size (issue 22): both backends, a small and a large file. */
describe.each([
  ['disk', () => new DiskBlobStore(join(work, 'disk-verified'))],
  ['s3', () => s3.store],
] as const)('%s: reading a stored file checked against its SHA-256', (_name, make: () => BlobStore) => {
  let store: BlobStore;
  beforeAll(() => (store = make()));

  /** Other bytes of the same size put under the original's name, as someone editing storage in place would. */
  async function alterInPlace(sha256: string, size: number) {
    const forged = join(work, `forged-${sha256}`);
    await writeFile(forged, randomBytes(size));
    await store.remove(sha256);
    await store.put(sha256, forged, size);
  }
  async function stored(bytes: Buffer) {
    const file = await staged(bytes);
    await store.put(file.sha256, file.path, file.size);
    await file.discard();
    return file.sha256;
  }

  it('gives a small intact file whole, verified before anything is sent', async () => {
    const bytes = randomBytes(300_000);
    const read = await readVerified(store, await stored(bytes), bytes.length);
    expect('bytes' in read && read.bytes.equals(bytes)).toBe(true);
  });

  it('refuses a small file altered in place, same size, before sending a byte', async () => {
    const bytes = randomBytes(200_000);
    const sha256 = await stored(bytes);
    await alterInPlace(sha256, bytes.length);
    expect(await store.sizeOf(sha256)).toBe(bytes.length);
    await expect(readVerified(store, sha256, bytes.length)).rejects.toMatchObject({ integrity: 'ALTERED' });
  });

  it('streams a large intact file whole', async () => {
    const bytes = randomBytes(VERIFY_BEFORE_SENDING_BYTES + 1_000_000);
    const read = await readVerified(store, await stored(bytes), bytes.length);
    expect('stream' in read && sha(await collect(read.stream))).toBe(sha(bytes));
  });

  it('never lets a large altered file arrive whole: the last bytes wait for the digest', async () => {
    const size = VERIFY_BEFORE_SENDING_BYTES + 1_000_000;
    const sha256 = await stored(randomBytes(size));
    await alterInPlace(sha256, size);
    const read = await readVerified(store, sha256, size);
    if (!('stream' in read)) throw new Error('expected a stream');
    let received = 0;
    await expect(
      (async () => {
        for await (const chunk of read.stream) received += (chunk as Buffer).length;
      })(),
    ).rejects.toMatchObject({ integrity: 'ALTERED' });
    expect(received).toBeLessThan(size);
  });

  it('says a missing file is missing', async () => {
    await expect(readVerified(store, sha(randomBytes(8)), 8)).rejects.toMatchObject({ integrity: 'MISSING' });
  });
});
