import { createHash, Hash, hash as oneShotHash } from 'node:crypto';
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

/** Met a value the fast path does not write itself; `canonicalize` then writes the whole value. */
const NOT_PLAIN = new Error('not plain JSON');

/** A key JavaScript orders before all others in an object (an array index), whatever order it was set in. */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

/**
 * Plain JSON data (strings, finite numbers, booleans, null, dense arrays, plain objects) with every object's keys in
 * JCS order, for the engine's own JSON.stringify to write: the value itself where its keys are in order already, a
 * copy where not. Throws NOT_PLAIN on anything else.
 */
function inJcsOrder(value: unknown): unknown {
  if (value === null) return null;
  const t = typeof value;
  if (t === 'string' || t === 'boolean') return value;
  if (t === 'number') {
    if (!Number.isFinite(value)) throw NOT_PLAIN;
    return value;
  }
  if (t !== 'object') throw NOT_PLAIN;
  // canonicalize writes what a toJSON returns, arrays' too.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
  if (Array.isArray(value)) {
    let out: unknown[] = value;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw NOT_PLAIN;
      const v: unknown = value[i];
      if (v === undefined) throw NOT_PLAIN;
      const c = inJcsOrder(v);
      if (c !== v) {
        if (out === value) out = value.slice();
        out[i] = c;
      }
    }
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  let sorted = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    // JavaScript puts array-index keys first whatever the order they were set in; "__proto__" cannot be set.
    if (k === '__proto__' || INDEX_KEY.test(k)) throw NOT_PLAIN;
    if (i > 0 && keys[i - 1] > k) sorted = false;
  }
  if (!sorted) keys.sort();
  // A literal, not Object.create(null): the engine writes those far faster.
  let out: Record<string, unknown> | null = sorted && proto !== null ? null : {};
  for (const k of keys) {
    const v = o[k];
    if (v === undefined) throw NOT_PLAIN;
    const c = inJcsOrder(v);
    if (out === null && c !== v) out = { ...o };
    if (out !== null) out[k] = c;
  }
  return out ?? o;
}

/**
 * RFC 8785 (JCS) text, the same as `canonicalize` writes. For plain JSON data — all that the log holds — keys are
 * put in order (copying only objects whose keys are not) and the engine's JSON.stringify (whose string and number
 * forms JCS borrows) writes them, faster than `canonicalize`; anything else (dates, toJSON, undefined, array-index
 * keys, which JavaScript would reorder) goes to `canonicalize` whole. hashing.spec.ts checks both give the same text.
 */
export function jcs(value: unknown): string | undefined {
  let copy: unknown;
  try {
    copy = inJcsOrder(value);
  } catch (err) {
    if (err !== NOT_PLAIN) throw err;
    return canonicalize(value);
  }
  return JSON.stringify(copy);
}

/** The exact bytes that are hashed: JCS-canonical JSON, so an independent verifier can rebuild them. */
export function canonicalEventBytes(e: HashableEvent): string {
  // Keys set in JCS order already, so that only data and metadata may need copying.
  const text = jcs({
    data: e.data,
    eventId: e.eventId,
    metadata: e.metadata,
    owningUnit: e.owningUnit,
    prevHash: e.prevHash,
    recordedAt: e.recordedAt.toISOString(),
    schemaVersion: e.schemaVersion,
    streamId: e.streamId,
    streamType: e.streamType,
    streamVersion: e.streamVersion,
    type: e.type,
  });
  if (text === undefined) throw new Error('event is not serialisable');
  return text;
}

export function newDigest(algorithm: HashAlgorithm): Hash {
  return createHash(algorithm);
}

/** `"<algorithm>:<hex>"`: the algorithm travels with each hash so a log may change algorithm over time. */
export function hashText(algorithm: HashAlgorithm, text: string): string {
  // The one-shot form (Node ≥ 20.12) skips making a Hash object: about a microsecond an event when a log is checked.
  return `${algorithm}:${oneShotHash(algorithm, text, 'hex')}`;
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
  const text = jcs(value);
  if (text === undefined) throw new Error('value is not serialisable');
  return text;
}
