import * as path from 'node:path';
import { z } from 'zod';
import { describeEnvProblem, Env, StartupError } from '@app/database';
import { FileCheckpointWitness, HASH_ALGORITHMS, LogIntegrity, LogSigningKey } from '@app/event-store';

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
  };
}
