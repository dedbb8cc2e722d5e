import { KeyObject } from 'node:crypto';
import { formatLogPosition } from '../event-store.types';
import { algorithmOf, GENESIS_HASH, hashEvent, HashableEvent, HashAlgorithm } from '../hashing';
import { WitnessedHead } from './checkpoint-witness';
import { checkpointHash, LogCheckpoint } from './checkpoint';
import { verifySignature } from './log-signing-key';

export type FaultKind =
  | 'EVENT_ALTERED'
  | 'SEQUENCE_BROKEN'
  | 'CHAIN_BROKEN'
  | 'STREAM_HEAD_MISMATCH'
  | 'STREAM_MISSING'
  | 'CHECKPOINT_MISMATCH'
  | 'CHECKPOINT_ALTERED'
  | 'CHECKPOINT_CHAIN_BROKEN'
  | 'CHECKPOINT_SIGNATURE_INVALID'
  | 'CHECKPOINT_UNSIGNED'
  | 'CHECKPOINT_MISSING'
  | 'CHECKPOINT_REPLACED'
  | 'EVENT_NOT_SEALED'
  | 'EVENT_OUTSIDE_LOG'
  | 'STREAM_HEAD_MISSING'
  | 'WITNESS_CORRUPT'
  | 'WITNESS_RECEIPT_INVALID'
  | 'BUNDLE_SIGNATURE_INVALID'
  | 'BUNDLE_MALFORMED';

export interface VerificationFault {
  kind: FaultKind;
  /** What is wrong, in Chinese, for the people who read audit reports. */
  message: string;
  messageEn: string;
  streamId?: string;
  streamVersion?: number;
  position?: string;
  checkpointSeq?: number;
}

/** Thrown inside a verification to stop at the first broken link; callers turn it into a report. */
export class IntegrityFault extends Error {
  constructor(readonly fault: VerificationFault) {
    super(fault.messageEn);
  }
}

export interface StreamLink {
  version: number;
  hash: string;
}

/** An event as stored: its hashed content plus the hash it was stored with and its place in the log. */
export interface StoredEvent extends HashableEvent {
  hash: string;
  /** `transactionId:globalPosition`. */
  position: string;
}

/**
 * Checks one event against the link before it in its stream (undefined: none seen, so it must be version 1):
 * the version follows, the previous hash matches, and the content still hashes to the stored hash.
 */
export function checkEvent(e: StoredEvent, before: StreamLink | undefined): void {
  const expectedVersion = (before?.version ?? 0) + 1;
  const where = { streamId: e.streamId, streamVersion: e.streamVersion, position: e.position };
  if (e.streamVersion !== expectedVersion) {
    throw new IntegrityFault({
      kind: 'SEQUENCE_BROKEN',
      ...where,
      message: `流 ${e.streamId} 应接第 ${expectedVersion} 版，实际为第 ${e.streamVersion} 版（位置 ${e.position}）：有事件被删除或顺序被调换`,
      messageEn: `Stream ${e.streamId} should continue with version ${expectedVersion} but has version ${e.streamVersion} (position ${e.position}): an event was removed or the order was changed`,
    });
  }
  if (e.prevHash !== (before?.hash ?? GENESIS_HASH)) {
    throw new IntegrityFault({
      kind: 'CHAIN_BROKEN',
      ...where,
      message: `流 ${e.streamId} 第 ${e.streamVersion} 版记录的前一哈希与第 ${e.streamVersion - 1} 版的哈希不符：链条断裂`,
      messageEn: `Stream ${e.streamId} version ${e.streamVersion} names a previous hash that is not version ${e.streamVersion - 1}'s hash: the chain is broken`,
    });
  }
  let algorithm: HashAlgorithm | null;
  try {
    algorithm = algorithmOf(e.hash);
  } catch {
    algorithm = null;
  }
  if (!algorithm || hashEvent(e, algorithm) !== e.hash) {
    throw new IntegrityFault({
      kind: 'EVENT_ALTERED',
      ...where,
      message: `流 ${e.streamId} 第 ${e.streamVersion} 版事件（${e.type}）的内容与其哈希不符：事件被改动`,
      messageEn: `Stream ${e.streamId} version ${e.streamVersion} (${e.type}) does not match its hash: the event was altered`,
    });
  }
}

export interface CheckpointChainResult {
  /** Checkpoints sealed before signing existed (seq ≤ the deployment's published `unsignedThrough`). */
  unsigned: number;
}

/** The hash algorithm a checkpoint's digest names; an unknown one means the checkpoint was altered. */
export function digestAlgorithmOf(cp: LogCheckpoint): HashAlgorithm {
  try {
    return algorithmOf(cp.eventsDigest);
  } catch {
    throw new IntegrityFault({
      kind: 'CHECKPOINT_ALTERED',
      checkpointSeq: cp.seq,
      message: `第 ${cp.seq} 号封存点的摘要算法无法识别：封存点被改动`,
      messageEn: `Checkpoint #${cp.seq} names an unknown digest algorithm: the checkpoint was altered`,
    });
  }
}

/**
 * Checks the chain of checkpoints: each follows the one before (seq, previous hash, range), hashes to its stored
 * hash, and — when a public key is given — carries a valid signature by that key. Only the checkpoints the deployment
 * declares as sealed before signing existed (seq ≤ `unsignedThrough`, published with its key; 0 for a deployment
 * that always signed) may lack a signature: an operator cannot strip signatures to recompute checkpoints.
 */
export function checkCheckpointChain(
  checkpoints: LogCheckpoint[],
  publicKey: KeyObject | undefined,
  keyId: string | undefined,
  unsignedThrough = 0,
): CheckpointChainResult {
  let prev: LogCheckpoint | undefined;
  let unsigned = 0;
  for (const cp of checkpoints) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    const expectedPrevHash = prev?.hash ?? GENESIS_HASH;
    const expectedFrom = prev ? formatLogPosition(prev.to) : '0:0';
    if (
      cp.seq !== expectedSeq ||
      cp.prevHash !== expectedPrevHash ||
      formatLogPosition(cp.from) !== expectedFrom
    ) {
      throw new IntegrityFault({
        kind: 'CHECKPOINT_CHAIN_BROKEN',
        checkpointSeq: cp.seq,
        message: `第 ${cp.seq} 号封存点未接上第 ${expectedSeq - 1} 号封存点：封存点被删除或替换`,
        messageEn: `Checkpoint #${cp.seq} does not follow checkpoint #${expectedSeq - 1}: a checkpoint was removed or replaced`,
      });
    }
    let algorithm: HashAlgorithm | null;
    try {
      algorithm = algorithmOf(cp.hash);
    } catch {
      algorithm = null;
    }
    if (!algorithm || checkpointHash(cp, algorithm) !== cp.hash) {
      throw new IntegrityFault({
        kind: 'CHECKPOINT_ALTERED',
        checkpointSeq: cp.seq,
        message: `第 ${cp.seq} 号封存点的内容与其哈希不符：封存点被改动`,
        messageEn: `Checkpoint #${cp.seq} does not match its hash: the checkpoint was altered`,
      });
    }
    digestAlgorithmOf(cp);
    if (publicKey) {
      if (!cp.signature) {
        if (cp.seq > unsignedThrough) {
          throw new IntegrityFault({
            kind: 'CHECKPOINT_UNSIGNED',
            checkpointSeq: cp.seq,
            message: `第 ${cp.seq} 号封存点没有签名，而本部署自第 ${unsignedThrough + 1} 号起的封存点均应签名：封存点被重写`,
            messageEn: `Checkpoint #${cp.seq} carries no signature, though this deployment signs every checkpoint from #${unsignedThrough + 1}: it was rewritten`,
          });
        }
        unsigned++;
      } else if (cp.keyId !== keyId || !verifySignature(publicKey, 'checkpoint', cp.hash, cp.signature)) {
        throw new IntegrityFault({
          kind: 'CHECKPOINT_SIGNATURE_INVALID',
          checkpointSeq: cp.seq,
          message: `第 ${cp.seq} 号封存点（${cp.sealedAt.toISOString()}）的签名不是本部署密钥（${keyId}）所签：封存点在签名后被重算或伪造，其覆盖的事件不可信`,
          messageEn: `Checkpoint #${cp.seq} (sealed ${cp.sealedAt.toISOString()}) is not signed by this deployment's key (${keyId}): it was recomputed or forged after signing, and the events it covers cannot be trusted`,
        });
      }
    }
    prev = cp;
  }
  return { unsigned };
}

/**
 * Compares the checkpoints in the database with the heads a witness holds outside it: a witnessed checkpoint that
 * is gone (a truncated log with its checkpoints removed) or that has another hash (a rewritten chain) is a fault.
 */
export function checkWitness(checkpoints: Map<number, LogCheckpoint>, heads: WitnessedHead[]): void {
  for (const head of heads) {
    const cp = checkpoints.get(head.seq);
    if (!cp) {
      throw new IntegrityFault({
        kind: 'CHECKPOINT_MISSING',
        checkpointSeq: head.seq,
        position: head.to,
        message: `见证记录中有第 ${head.seq} 号封存点（${head.sealedAt} 封存，${head.eventCount} 条事件，至位置 ${head.to}），数据库中已不存在：日志尾部连同封存点被删除`,
        messageEn: `The witness holds checkpoint #${head.seq} (sealed ${head.sealedAt}, ${head.eventCount} events, up to ${head.to}); the database no longer does: the log was truncated together with its checkpoints`,
      });
    }
    if (cp.hash !== head.hash || (head.signature && cp.signature !== head.signature)) {
      throw new IntegrityFault({
        kind: 'CHECKPOINT_REPLACED',
        checkpointSeq: head.seq,
        message: `第 ${head.seq} 号封存点与见证记录的哈希或签名不符：封存点被替换`,
        messageEn: `Checkpoint #${head.seq} has another hash or signature than the witness recorded: it was replaced`,
      });
    }
  }
}

export function checkpointMismatch(cp: LogCheckpoint, found: number): IntegrityFault {
  return new IntegrityFault({
    kind: 'CHECKPOINT_MISMATCH',
    checkpointSeq: cp.seq,
    position: formatLogPosition(cp.to),
    message: `第 ${cp.seq} 号封存点（${cp.sealedAt.toISOString()}）封存了 ${cp.eventCount} 条事件，现存 ${found} 条且摘要不符：事件被删除、增加或调换了顺序`,
    messageEn: `Checkpoint #${cp.seq} (sealed ${cp.sealedAt.toISOString()}) sealed ${cp.eventCount} events; the log now holds ${found} there with a different digest: events were removed, added or reordered`,
  });
}

export function streamHeadMismatch(
  streamId: string,
  headVersion: number,
  seenVersion: number,
): IntegrityFault {
  return new IntegrityFault({
    kind: 'STREAM_HEAD_MISMATCH',
    streamId,
    streamVersion: headVersion,
    message: `流 ${streamId} 的头记录为第 ${headVersion} 版，但事件只到第 ${seenVersion} 版或末尾哈希不符：尾部事件被删除或改动`,
    messageEn: `Stream ${streamId} head says version ${headVersion}, but its events end at version ${seenVersion} or with another hash: its tail was removed or altered`,
  });
}

export function witnessCorrupt(problem: string): IntegrityFault {
  return new IntegrityFault({
    kind: 'WITNESS_CORRUPT',
    message: `见证文件无法采信：${problem}`,
    messageEn: `The witness cannot be relied on: ${problem}`,
  });
}

export function eventOutsideLog(streamId: string, streamVersion: number, position: string): IntegrityFault {
  return new IntegrityFault({
    kind: 'EVENT_OUTSIDE_LOG',
    streamId,
    streamVersion,
    position,
    message: `流 ${streamId} 第 ${streamVersion} 版事件位于日志起点之前（位置 ${position}）：事件是伪造插入的`,
    messageEn: `Stream ${streamId} version ${streamVersion} sits before the start of the log (position ${position}): it was forged in`,
  });
}

export function streamHeadMissing(streamId: string, version: number): IntegrityFault {
  return new IntegrityFault({
    kind: 'STREAM_HEAD_MISSING',
    streamId,
    streamVersion: version,
    message: `流 ${streamId} 有事件（至第 ${version} 版）却没有头记录：事件是绕过事件库写入的`,
    messageEn: `Stream ${streamId} has events (up to version ${version}) but no head: they were written around the event store`,
  });
}

export function notSealed(e: { streamId: string; streamVersion: number; position: string }): IntegrityFault {
  return new IntegrityFault({
    kind: 'EVENT_NOT_SEALED',
    ...e,
    message: `流 ${e.streamId} 第 ${e.streamVersion} 版事件不在封存点所封存的记录中：事件是封存后伪造或改动的`,
    messageEn: `Stream ${e.streamId} version ${e.streamVersion} is not among the events its checkpoint sealed: it was forged or changed after sealing`,
  });
}

export function eventWithheld(streamId: string, streamVersion: number, position: string): IntegrityFault {
  return new IntegrityFault({
    kind: 'SEQUENCE_BROKEN',
    streamId,
    streamVersion,
    position,
    message: `封存点记录了流 ${streamId} 第 ${streamVersion} 版，现在却没有：事件被删除或隐去`,
    messageEn: `A checkpoint sealed stream ${streamId} version ${streamVersion}, which is now missing: an event was removed or withheld`,
  });
}

export function outOfLogOrder(streamId: string, streamVersion: number, position: string): IntegrityFault {
  return new IntegrityFault({
    kind: 'SEQUENCE_BROKEN',
    streamId,
    streamVersion,
    position,
    message: `流 ${streamId} 第 ${streamVersion} 版在日志中的位置（${position}）不在前一版之后：事件是伪造插入的`,
    messageEn: `Stream ${streamId} version ${streamVersion} sits in the log (${position}) no later than the version before it: it was forged in`,
  });
}

export function eventBeyondLog(streamId: string, streamVersion: number, position: string): IntegrityFault {
  return new IntegrityFault({
    kind: 'EVENT_OUTSIDE_LOG',
    streamId,
    streamVersion,
    position,
    message: `流 ${streamId} 第 ${streamVersion} 版事件的事务号（位置 ${position}）尚未被数据库分配过：事件是伪造插入的`,
    messageEn: `Stream ${streamId} version ${streamVersion} carries a transaction id the database has not yet handed out (position ${position}): it was forged in`,
  });
}
