import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { describeEnvProblem, Env, StartupError } from '@app/database';
import { BlobStore } from './blob-store';
import { DiskBlobStore } from './disk-blob-store';
import { S3BlobStore } from './s3-blob-store';

const MB = 1024 * 1024;

const schema = z
  .object({
    EVIDENCE_STORAGE: z.enum(['disk', 's3']).default('disk'),
    EVIDENCE_DIR: z.string().min(1).default(path.join('.data', 'evidence')),
    EVIDENCE_STAGING_DIR: z.string().min(1).optional(),
    EVIDENCE_RESUMABLE_DIR: z.string().min(1).optional(),
    EVIDENCE_S3_ENDPOINT: z.string().url().optional(),
    EVIDENCE_S3_REGION: z.string().min(1).default('us-east-1'),
    EVIDENCE_S3_BUCKET: z.string().min(1).optional(),
    EVIDENCE_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    EVIDENCE_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    EVIDENCE_S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
    EVIDENCE_S3_PREFIX: z.string().default(''),
    EVIDENCE_MAX_IMAGE_MB: z.coerce.number().positive().default(20),
    EVIDENCE_MAX_DOCUMENT_MB: z.coerce.number().positive().default(50),
    EVIDENCE_MAX_AUDIO_MB: z.coerce.number().positive().default(100),
    EVIDENCE_MAX_VIDEO_MB: z.coerce.number().positive().default(1024),
    EVIDENCE_ORPHAN_HOURS: z.coerce.number().positive().default(24),
    EVIDENCE_LINK_SECONDS: z.coerce.number().int().positive().default(300),
    EVIDENCE_LINK_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  })
  .superRefine((c, ctx) => {
    if (c.EVIDENCE_STORAGE !== 's3') return;
    for (const key of [
      'EVIDENCE_S3_BUCKET',
      'EVIDENCE_S3_ACCESS_KEY_ID',
      'EVIDENCE_S3_SECRET_ACCESS_KEY',
    ] as const)
      if (!c[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required when EVIDENCE_STORAGE=s3' });
  });

/** The four families an upload may be, each with its own size limit (configurable, issue 22). */
export type MediaFamily = 'image' | 'document' | 'audio' | 'video';

export interface EvidenceSettings {
  store: BlobStore;
  /** Where uploads are streamed to and hashed before they are stored (local disk in every case). */
  stagingDir: string;
  /**
   * Where resumable (tus) uploads keep their chunks until the last arrives (local disk; with several API processes,
   * a folder they share, or sticky sessions for /files/tus).
   */
  resumableDir: string;
  maxBytes: Record<MediaFamily, number>;
  orphanAfterMs: number;
  linkSeconds: number;
  /** Signs download links; the same on every API process (EVIDENCE_LINK_SECRET), or a file made on first start. */
  linkSecret: Buffer;
}

function loadOrCreateSecret(file: string): Buffer {
  if (existsSync(file)) return readFileSync(file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  return readFileSync(file);
}

/** Evidence storage from the environment: the local disk with nothing set, an S3 bucket when configured. */
export function loadEvidenceSettings(env: Env = process.env): EvidenceSettings {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) throw new StartupError(describeEnvProblem(parsed.error));
  const c = parsed.data;
  const root = path.resolve(c.EVIDENCE_DIR);
  const store: BlobStore =
    c.EVIDENCE_STORAGE === 's3'
      ? new S3BlobStore({
          endpoint: c.EVIDENCE_S3_ENDPOINT,
          region: c.EVIDENCE_S3_REGION,
          bucket: c.EVIDENCE_S3_BUCKET!,
          accessKeyId: c.EVIDENCE_S3_ACCESS_KEY_ID!,
          secretAccessKey: c.EVIDENCE_S3_SECRET_ACCESS_KEY!,
          forcePathStyle: c.EVIDENCE_S3_FORCE_PATH_STYLE === 'true',
          prefix: c.EVIDENCE_S3_PREFIX,
        })
      : new DiskBlobStore(root);
  return {
    store,
    stagingDir: path.resolve(
      c.EVIDENCE_STAGING_DIR ??
        (c.EVIDENCE_STORAGE === 's3' ? path.join(tmpdir(), 'yuqing-evidence') : path.join(root, 'staging')),
    ),
    resumableDir: path.resolve(
      c.EVIDENCE_RESUMABLE_DIR ??
        (c.EVIDENCE_STORAGE === 's3'
          ? path.join(tmpdir(), 'yuqing-evidence-resumable')
          : path.join(root, 'resumable')),
    ),
    maxBytes: {
      image: c.EVIDENCE_MAX_IMAGE_MB * MB,
      document: c.EVIDENCE_MAX_DOCUMENT_MB * MB,
      audio: c.EVIDENCE_MAX_AUDIO_MB * MB,
      video: c.EVIDENCE_MAX_VIDEO_MB * MB,
    },
    orphanAfterMs: c.EVIDENCE_ORPHAN_HOURS * 3600_000,
    linkSeconds: c.EVIDENCE_LINK_SECONDS,
    linkSecret: c.EVIDENCE_LINK_SECRET
      ? Buffer.from(c.EVIDENCE_LINK_SECRET)
      : loadOrCreateSecret(path.join(root, 'link-secret')),
  };
}
