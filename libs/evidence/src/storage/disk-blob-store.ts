import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { assertSha256, BlobMissing, BlobStore, Sha256 } from './blob-store';

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/** Waits until what was written to `path` (a file's bytes, or a folder's names) is on the disk itself. */
async function syncToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Files under `<root>/sha256/ab/<hash>`. A file appears under its name only whole: it is linked or copied beside its
 * final place and renamed (atomic within one file system), so a process killed mid-copy leaves a `.partial` and never a
 * short file under a hash. The bytes and then the new name are synced to the disk before `put` returns: the event
 * that names the file commits after it, and a power cut must not leave a committed attachment without its bytes.
 */
export class DiskBlobStore implements BlobStore {
  readonly backend = 'disk' as const;

  constructor(private readonly root: string) {}

  pathOf(sha256: Sha256): string {
    assertSha256(sha256);
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256);
  }

  async put(sha256: Sha256, path: string, size: number): Promise<void> {
    const target = this.pathOf(sha256);
    if ((await this.sizeOf(sha256)) === size) return;
    const folder = dirname(target);
    const created = await mkdir(folder, { recursive: true });
    const partial = `${target}.${randomUUID()}.partial`;
    try {
      // A staged file is never written again once staged: on the same file system a second name for it (a hard
      // link) stores it without copying its bytes; elsewhere they are copied.
      await link(path, partial).catch(() => copyFile(path, partial));
      await syncToDisk(partial);
      await rename(partial, target);
      await syncToDisk(folder);
      // A folder made just now is itself a new name in its parent (`sha256/`, or `sha256/ab/`).
      if (created) {
        await syncToDisk(dirname(folder));
        if (created !== folder) await syncToDisk(dirname(dirname(folder)));
      }
    } finally {
      await rm(partial, { force: true });
    }
  }

  async sizeOf(sha256: Sha256): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async open(sha256: Sha256): Promise<Readable> {
    if ((await this.sizeOf(sha256)) === null) throw new BlobMissing(sha256);
    return createReadStream(this.pathOf(sha256));
  }

  async remove(sha256: Sha256): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}
