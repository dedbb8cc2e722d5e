import { KeyObject } from 'node:crypto';
import { formatLogPosition, parseLogPosition } from '../event-store.types';
import { canonicalJson, GENESIS_HASH, HASH_ALGORITHMS, HashAlgorithm } from '../hashing';
import { IntegrityFault } from './integrity-checks';
import { checkpointHash, LogCheckpoint } from './checkpoint';
import { publicKeyId, verifySignature } from './log-signing-key';

/**
 * A signed checkpoint as a deployment hands it to an independent witness: every field its hash covers, so that the
 * witness can recompute the hash, check the signature against the key it pinned for that deployment, and check that
 * the checkpoint extends the one it countersigned before — without ever seeing an event.
 */
export interface CheckpointClaim {
  seq: number;
  from: string;
  to: string;
  eventCount: number;
  eventsDigest: string;
  prevHash: string;
  hash: string;
  sealedAt: string;
  signature: string;
  keyId: string;
}

/**
 * What an independent witness gives back: its signature over "deployment `peerKeyId` showed me checkpoint `seq` with
 * `hash` at `witnessedAt`". Whoever holds the witness's public key can check it; nobody without the witness's private
 * key can make one — so a deployment that later rewrites its history cannot show receipts for the new one.
 */
export interface WitnessReceipt {
  witnessKeyId: string;
  peerKeyId: string;
  seq: number;
  hash: string;
  witnessedAt: string;
  countersignature: string;
}

/** A receipt as this deployment keeps it (es_witness_receipts). */
export interface ReceiptRow {
  witness_key_id: string;
  peer_key_id: string;
  seq: string;
  hash: string;
  witnessed_at: Date;
  countersignature: string;
}

export const toReceipt = (r: ReceiptRow): WitnessReceipt => ({
  witnessKeyId: r.witness_key_id,
  peerKeyId: r.peer_key_id,
  seq: Number(r.seq),
  hash: r.hash,
  witnessedAt: new Date(r.witnessed_at).toISOString(),
  countersignature: r.countersignature,
});

export function claimOf(c: LogCheckpoint): CheckpointClaim {
  return {
    seq: c.seq,
    from: formatLogPosition(c.from),
    to: formatLogPosition(c.to),
    eventCount: c.eventCount,
    eventsDigest: c.eventsDigest,
    prevHash: c.prevHash,
    hash: c.hash,
    sealedAt: c.sealedAt.toISOString(),
    signature: c.signature ?? '',
    keyId: c.keyId ?? '',
  };
}

/** The text a countersignature covers. */
export function receiptText(r: Omit<WitnessReceipt, 'countersignature'>): string {
  return canonicalJson({
    witness: r.witnessKeyId,
    peer: r.peerKeyId,
    seq: r.seq,
    hash: r.hash,
    witnessedAt: r.witnessedAt,
  });
}

/** A receipt made by the holder of `witnessKey` (its id and signature both). */
export function receiptValid(r: WitnessReceipt, witnessKey: KeyObject): boolean {
  return (
    r.witnessKeyId === publicKeyId(witnessKey) &&
    verifySignature(witnessKey, 'countersignature', receiptText(r), r.countersignature)
  );
}

/** Why a witness refuses a claim. */
export type ClaimRefusal =
  | { kind: 'MALFORMED'; detail: string }
  | { kind: 'NOT_THIS_PEER' }
  | { kind: 'BAD_SIGNATURE' }
  | { kind: 'BAD_HASH' }
  /** The witness holds this seq with another hash: the deployment's history was rewritten. */
  | { kind: 'CONFLICT'; countersigned: string }
  /** It does not follow the last checkpoint the witness holds (a gap, or another chain). */
  | { kind: 'NOT_NEXT'; expectedSeq: number };

const algorithmOf = (hash: string): HashAlgorithm | null => {
  const a = hash.split(':')[0];
  return (HASH_ALGORITHMS as readonly string[]).includes(a) ? (a as HashAlgorithm) : null;
};

/**
 * Whether a witness may countersign `claim` from the deployment whose key it pinned, given the checkpoint it holds
 * at the same seq (`held`) and the last one it holds (`last`; null before the first — a witness starts with whatever
 * checkpoint it is first shown, and from then on only takes the next one).
 */
export function refusalOf(
  claim: CheckpointClaim,
  peerKey: KeyObject,
  held: { hash: string } | null,
  last: { seq: number; hash: string } | null,
): ClaimRefusal | null {
  let from;
  let to;
  try {
    from = parseLogPosition(claim.from);
    to = parseLogPosition(claim.to);
  } catch {
    return { kind: 'MALFORMED', detail: 'from/to' };
  }
  const algorithm = algorithmOf(claim.hash);
  if (!Number.isInteger(claim.seq) || claim.seq < 1 || !Number.isInteger(claim.eventCount) || !algorithm)
    return { kind: 'MALFORMED', detail: 'seq/eventCount/hash' };
  const sealedAt = new Date(claim.sealedAt);
  if (Number.isNaN(sealedAt.getTime())) return { kind: 'MALFORMED', detail: 'sealedAt' };
  if (claim.keyId !== publicKeyId(peerKey)) return { kind: 'NOT_THIS_PEER' };
  if (!verifySignature(peerKey, 'checkpoint', claim.hash, claim.signature)) return { kind: 'BAD_SIGNATURE' };
  const recomputed = checkpointHash(
    {
      seq: claim.seq,
      from,
      to,
      eventCount: claim.eventCount,
      eventsDigest: claim.eventsDigest,
      prevHash: claim.prevHash,
      sealedAt,
    },
    algorithm,
  );
  if (recomputed !== claim.hash) return { kind: 'BAD_HASH' };
  if (held) return held.hash === claim.hash ? null : { kind: 'CONFLICT', countersigned: held.hash };
  if (last === null) return claim.seq === 1 && claim.prevHash !== GENESIS_HASH ? { kind: 'BAD_HASH' } : null;
  if (claim.seq !== last.seq + 1 || claim.prevHash !== last.hash)
    return { kind: 'NOT_NEXT', expectedSeq: last.seq + 1 };
  return null;
}

/**
 * A witness run by someone other than this deployment's operator (the city office's instance of the platform): it
 * countersigns each checkpoint it is shown, and keeps what it countersigned.
 */
export interface IndependentWitness {
  /** Its pinned public key. */
  readonly publicKey: KeyObject;
  /** Where it is, for messages (e.g. its URL). */
  readonly name: string;
  /** Shows it checkpoints in seq order; answers its receipts, or throws WitnessRefused / a transport error. */
  submit(claims: CheckpointClaim[]): Promise<WitnessReceipt[]>;
  /** Every receipt it holds for this deployment (its own record, not ours). */
  receipts(peerKeyId: string): Promise<WitnessReceipt[]>;
}

/** The witness refused a checkpoint: it says why, and for a conflict, what it countersigned instead. */
export class WitnessRefused extends Error {
  constructor(
    readonly seq: number,
    readonly refusal: ClaimRefusal,
  ) {
    super(`the independent witness refused checkpoint #${seq}: ${refusal.kind}`);
  }
}

/**
 * Compares the checkpoints in the database with the receipts of an independent witness: each receipt must be the
 * witness's own (its countersignature checks against the pinned key), and the checkpoint it countersigned must still
 * be here with the same hash. A deployment that rewrote its history and signed it again with its own key passes its
 * own checks; it cannot pass these. Returns the highest seq countersigned, if any.
 */
export function checkReceipts(
  checkpoints: Map<number, LogCheckpoint>,
  receipts: WitnessReceipt[],
  witness: { publicKey: KeyObject; name: string },
  peerKeyId: string | null,
): { countersignedThrough: number | null } {
  let through: number | null = null;
  for (const r of [...receipts].sort((a, b) => a.seq - b.seq)) {
    if (!receiptValid(r, witness.publicKey) || (peerKeyId !== null && r.peerKeyId !== peerKeyId)) {
      throw new IntegrityFault({
        kind: 'WITNESS_RECEIPT_INVALID',
        checkpointSeq: r.seq,
        message: `第 ${r.seq} 号封存点的见证回执不是独立见证方（${witness.name}）签发的：回执被伪造或篡改`,
        messageEn: `The receipt for checkpoint #${r.seq} was not issued by the independent witness (${witness.name}): it was forged or altered`,
      });
    }
    const cp = checkpoints.get(r.seq);
    if (!cp) {
      throw new IntegrityFault({
        kind: 'CHECKPOINT_MISSING',
        checkpointSeq: r.seq,
        message: `独立见证方（${witness.name}）于 ${r.witnessedAt} 副签了第 ${r.seq} 号封存点，数据库中已不存在：日志连同封存点被删除`,
        messageEn: `The independent witness (${witness.name}) countersigned checkpoint #${r.seq} at ${r.witnessedAt}; the database no longer holds it: the log was cut back with its checkpoints`,
      });
    }
    if (cp.hash !== r.hash) {
      throw new IntegrityFault({
        kind: 'CHECKPOINT_REPLACED',
        checkpointSeq: r.seq,
        message: `独立见证方（${witness.name}）于 ${r.witnessedAt} 副签的第 ${r.seq} 号封存点与本库现存的不同：封存后历史被改写并重新签名`,
        messageEn: `The independent witness (${witness.name}) countersigned another checkpoint #${r.seq} at ${r.witnessedAt} than the database now holds: the history was rewritten and signed again`,
      });
    }
    through = r.seq;
  }
  return { countersignedThrough: through };
}
