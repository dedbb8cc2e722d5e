import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AttachmentEventType } from '../domain/attachment.events';
import { SHA256_HEX } from '../storage/blob-store';
import { BlobStore } from '../storage/blob-store';

/** An attached file as its event in a bundle names it. */
export interface BundledFile {
  attachmentId: string;
  sha256: string;
  size: number;
  originalName: string;
}

export interface FileFault {
  kind: 'FILE_MISSING' | 'FILE_ALTERED';
  attachmentId: string;
  sha256: string;
  originalName: string;
}

interface BundleLike {
  events: { type: string; data: unknown }[];
}

/** The files the bundle's attachment events name (their hashes are covered by the bundle's chain and signature). */
export function bundledFiles(bundle: BundleLike): BundledFile[] {
  const seen = new Map<string, BundledFile>();
  for (const e of bundle.events) {
    if (e.type !== AttachmentEventType.Attached) continue;
    const d = e.data as BundledFile;
    // A hash that is not one would become a path outside the folder.
    if (typeof d.sha256 === 'string' && SHA256_HEX.test(d.sha256)) seen.set(d.attachmentId, d);
  }
  return [...seen.values()];
}

/** Writes each bundled file, as stored, to `<dir>/<sha256>` beside the bundle (audit:export --files). */
export async function exportBundleFiles(bundle: BundleLike, store: BlobStore, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const files = bundledFiles(bundle);
  for (const f of files) await pipeline(await store.open(f.sha256), createWriteStream(join(dir, f.sha256)));
  return files.length;
}

/**
 * Offline (audit:verify --files): each file the bundle names is in `dir` under its hash and hashes to it. Run
 * after the bundle itself verified, so the hashes it names are the logged ones.
 */
export async function verifyBundleFiles(
  bundle: BundleLike,
  dir: string,
): Promise<{ checked: number; faults: FileFault[] }> {
  const faults: FileFault[] = [];
  const files = bundledFiles(bundle);
  for (const f of files) {
    const path = join(dir, f.sha256);
    const fault = { attachmentId: f.attachmentId, sha256: f.sha256, originalName: f.originalName };
    if (!existsSync(path)) {
      faults.push({ kind: 'FILE_MISSING', ...fault });
      continue;
    }
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    if (hash.digest('hex') !== f.sha256) faults.push({ kind: 'FILE_ALTERED', ...fault });
  }
  return { checked: files.length, faults };
}
