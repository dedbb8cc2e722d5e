import { createHash, Hash } from 'node:crypto';
// canonicalize implements RFC 8785 (JSON Canonicalization Scheme): sorted keys, ES number formatting.
import canonicalize from 'canonicalize';

/**
 * SHA-256, or SM3 (GB/T 32905, the national algorithm Chinese government systems are assessed on) from Node's
 * OpenSSL 3 — a maintained implementation, checked against the standard's test vector in hashing.spec.ts.
 */
export const HASH_ALGORITHMS = ['sha256', 'sm3'] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];
export const DEFAULT_HASH_ALGORITHM: HashAlgorithm = 'sha256';

export function isHashAlgorithm(value: string): value is HashAlgorithm {
  return (HASH_ALGORITHMS as readonly string[]).includes(value);
}

/** Previous hash of a stream's first event. */
export const GENESIS_HASH = '';

/** What an event's hash covers: its content, metadata, place in its stream and the previous hash of the stream. */
export interface HashableEvent {
  eventId: string;
  streamId: string;
  streamType: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
  recordedAt: Date;
  owningUnit: string;
  prevHash: string;
}

/** The exact bytes that are hashed: JCS-canonical JSON, so an independent verifier can rebuild them. */
export function canonicalEventBytes(e: HashableEvent): string {
  const text = canonicalize({
    eventId: e.eventId,
    streamId: e.streamId,
    streamType: e.streamType,
    streamVersion: e.streamVersion,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    recordedAt: e.recordedAt.toISOString(),
    owningUnit: e.owningUnit,
    prevHash: e.prevHash,
  });
  if (text === undefined) throw new Error('event is not serialisable');
  return text;
}

export function newDigest(algorithm: HashAlgorithm): Hash {
  return createHash(algorithm);
}

/** `"<algorithm>:<hex>"`: the algorithm travels with each hash so a log may change algorithm over time. */
export function hashText(algorithm: HashAlgorithm, text: string): string {
  return `${algorithm}:${createHash(algorithm).update(text, 'utf8').digest('hex')}`;
}

export function hashEvent(e: HashableEvent, algorithm: HashAlgorithm = DEFAULT_HASH_ALGORITHM): string {
  return hashText(algorithm, canonicalEventBytes(e));
}

/** The algorithm named in a stored hash. */
export function algorithmOf(hash: string): HashAlgorithm {
  const alg = hash.slice(0, Math.max(0, hash.indexOf(':')));
  if (!isHashAlgorithm(alg)) throw new Error(`Unknown hash algorithm in ${hash.slice(0, 20)}`);
  return alg;
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value is not serialisable');
  return text;
}
