import { formatLogPosition, LogPosition } from '../event-store.types';
import { canonicalJson, HashAlgorithm, hashText } from '../hashing';
import { WitnessedHead } from './checkpoint-witness';

/** A checkpoint of the global log, as stored in es_log_checkpoints and as every check and witness sees it. */
export interface LogCheckpoint {
  seq: number;
  /** Exclusive lower bound in log order. */
  from: LogPosition;
  /** Inclusive upper bound in log order. */
  to: LogPosition;
  eventCount: number;
  eventsDigest: string;
  prevHash: string;
  hash: string;
  sealedAt: Date;
  /** Ed25519 over `hash`, base64; null on checkpoints sealed before signing existed. */
  signature: string | null;
  keyId: string | null;
}

export interface CheckpointRow {
  seq: string;
  from_transaction_id: string;
  from_position: string;
  to_transaction_id: string;
  to_position: string;
  event_count: number;
  events_digest: string;
  prev_hash: string;
  hash: string;
  sealed_at: Date;
  signature: string | null;
  key_id: string | null;
}

export function toCheckpoint(r: CheckpointRow): LogCheckpoint {
  return {
    seq: Number(r.seq),
    from: { transactionId: BigInt(r.from_transaction_id), globalPosition: BigInt(r.from_position) },
    to: { transactionId: BigInt(r.to_transaction_id), globalPosition: BigInt(r.to_position) },
    eventCount: r.event_count,
    eventsDigest: r.events_digest,
    prevHash: r.prev_hash,
    hash: r.hash,
    sealedAt: r.sealed_at,
    signature: r.signature,
    keyId: r.key_id,
  };
}

/** What a witness keeps of a checkpoint. */
export function witnessedHead(c: LogCheckpoint): WitnessedHead {
  return {
    seq: c.seq,
    to: formatLogPosition(c.to),
    eventCount: c.eventCount,
    hash: c.hash,
    signature: c.signature ?? '',
    keyId: c.keyId ?? '',
    sealedAt: c.sealedAt.toISOString(),
  };
}

/** One line of a checkpoint's digest: where the event sits in the log and in its stream, and its hash. */
export function digestLine(e: {
  transactionId: bigint;
  globalPosition: bigint;
  streamId: string;
  streamVersion: number;
  hash: string;
}): string {
  // The JCS text of [transactionId, position, streamId, streamVersion, hash], written out: for an array of strings
  // and an integer JCS is JSON.stringify of each (checkpoint.spec.ts holds the two equal).
  return `["${e.transactionId}","${e.globalPosition}",${JSON.stringify(e.streamId)},${canonicalJson(e.streamVersion)},${JSON.stringify(e.hash)}]\n`;
}

/** The hash of a checkpoint: its range, count, digest, the previous checkpoint's hash and when it was sealed. */
export function checkpointHash(
  c: Omit<LogCheckpoint, 'hash' | 'signature' | 'keyId'>,
  algorithm: HashAlgorithm,
): string {
  return hashText(
    algorithm,
    canonicalJson({
      seq: c.seq,
      from: formatLogPosition(c.from),
      to: formatLogPosition(c.to),
      eventCount: c.eventCount,
      eventsDigest: c.eventsDigest,
      prevHash: c.prevHash,
      sealedAt: c.sealedAt.toISOString(),
    }),
  );
}
