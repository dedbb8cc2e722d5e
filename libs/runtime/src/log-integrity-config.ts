import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { describeEnvProblem, Env, StartupError } from '@app/database';
import {
  FileCheckpointWitness,
  HASH_ALGORITHMS,
  LogIntegrity,
  LogSigningKey,
  parsePublicKey,
} from '@app/event-store';
import { HttpIndependentWitness } from '@app/witness';

const schema = z.object({
  EVENT_HASH_ALGORITHM: z.enum(HASH_ALGORITHMS).default('sha256'),
  AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  AUDIT_SIGNING_KEY_FILE: z
    .string()
    .min(1)
    .default(path.join('.data', 'audit', 'signing-key.pem')),
  AUDIT_WITNESS_FILE: z
    .string()
    .min(1)
    .default(path.join('.data', 'audit', 'witness.jsonl')),
  AUDIT_UNSIGNED_THROUGH: z.coerce.number().int().min(0).default(0),
  AUDIT_WITNESS_URL: z
    .string()
    .url('must be the URL of the witnessing deployment, e.g. https://city.example.gov.cn')
    .optional(),
  AUDIT_WITNESS_PUBLIC_KEY_FILE: z.string().min(1).optional(),
});

/**
 * The log's hash algorithm, the checkpoint signing key and the witness file, from the environment. The key is never
 * in the database: AUDIT_SIGNING_KEY (PEM) or the file AUDIT_SIGNING_KEY_FILE, created on first start when missing.
 */
export function loadLogIntegrity(env: Env = process.env): LogIntegrity {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) throw new StartupError(describeEnvProblem(parsed.error));
  const c = parsed.data;
  let signingKey: LogSigningKey;
  try {
    signingKey = c.AUDIT_SIGNING_KEY
      ? LogSigningKey.fromPem(c.AUDIT_SIGNING_KEY)
      : LogSigningKey.loadOrCreate(path.resolve(c.AUDIT_SIGNING_KEY_FILE));
  } catch (err) {
    throw new StartupError(
      `审计签名密钥无法读取 / the audit signing key cannot be read (${c.AUDIT_SIGNING_KEY ? 'AUDIT_SIGNING_KEY' : c.AUDIT_SIGNING_KEY_FILE}): ${(err as Error).message}`,
    );
  }
  return {
    hashAlgorithm: c.EVENT_HASH_ALGORITHM,
    signingKey,
    witness: new FileCheckpointWitness(path.resolve(c.AUDIT_WITNESS_FILE)),
    unsignedThrough: c.AUDIT_UNSIGNED_THROUGH,
    independentWitness: independentWitness(c.AUDIT_WITNESS_URL, c.AUDIT_WITNESS_PUBLIC_KEY_FILE),
  };
}

/**
 * The deployment that countersigns this one's checkpoints (the city office's, for a county), with its key pinned:
 * both or neither must be set.
 */
function independentWitness(url?: string, keyFile?: string): HttpIndependentWitness | undefined {
  if (!url && !keyFile) return undefined;
  if (!url || !keyFile)
    throw new StartupError(
      '配置错误 / Bad setting: AUDIT_WITNESS_URL 与 AUDIT_WITNESS_PUBLIC_KEY_FILE 须同时设置 / set both AUDIT_WITNESS_URL and AUDIT_WITNESS_PUBLIC_KEY_FILE',
    );
  try {
    return new HttpIndependentWitness(url, parsePublicKey(readFileSync(keyFile, 'utf8')));
  } catch (err) {
    throw new StartupError(
      `配置错误 / Bad setting: AUDIT_WITNESS_PUBLIC_KEY_FILE — 无法读取见证方公钥 / cannot read the witness's public key (${(err as Error).message})`,
    );
  }
}
