import type { EventMetadata, RecordedEvent } from '@app/kernel';

/** Defined in the kernel (domain folds and timelines read them); re-exported as the store's own vocabulary. */
export type { EventMetadata, RecordedEvent };

/**
 * Expected version of a stream at append time:
 * - `'no-stream'`: the stream must not exist yet;
 * - a number: the stream's current version (its last event's version) must be exactly this;
 * - `'any'`: no check.
 */
export type ExpectedVersion = 'no-stream' | 'any' | number;

export interface NewEvent {
  /** The stored event type: an explicit string that never depends on a class name. */
  type: string;
  data: Record<string, unknown>;
  /** Defaults to a random UUID. */
  eventId?: string;
}

export interface AppendRequest {
  streamId: string;
  streamType: string;
  /** The unit (tenant) that owns the stream. Fixed when the stream is created. */
  owningUnit: string;
  expectedVersion: ExpectedVersion;
  events: NewEvent[];
  metadata: EventMetadata;
  /**
   * What makes two requests "the same" for the idempotency key: usually a hash of the command's input. Defaults to
   * a hash of the stream and the events, which differs when events carry the time they were decided.
   */
  requestFingerprint?: string;
}

/**
 * A place in the global log. The log's order is (transactionId, globalPosition): positions are handed out
 * before commit, so two concurrent writers can commit in the opposite order of their positions; ordering by the
 * writing transaction first and reading only below the oldest running transaction makes the order final.
 */
export interface LogPosition {
  transactionId: bigint;
  globalPosition: bigint;
}

export const LOG_START: LogPosition = Object.freeze({ transactionId: 0n, globalPosition: 0n });

export function compareLogPositions(a: LogPosition, b: LogPosition): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.globalPosition !== b.globalPosition) return a.globalPosition < b.globalPosition ? -1 : 1;
  return 0;
}

/** `"<transactionId>:<globalPosition>"`, for cursors and logs. */
export function formatLogPosition(p: LogPosition): string {
  return `${p.transactionId}:${p.globalPosition}`;
}

export function parseLogPosition(s: string): LogPosition {
  const m = /^(\d+):(\d+)$/.exec(s.trim());
  if (!m) throw new Error(`Not a log position: ${s}`);
  return { transactionId: BigInt(m[1]), globalPosition: BigInt(m[2]) };
}

export interface AppendResult {
  streamId: string;
  firstVersion: number;
  /** The stream's version after the append: pass it as the next expected version. */
  lastVersion: number;
  /** Log position of each appended event. */
  positions: LogPosition[];
  /** True when the idempotency key had been used: nothing was written and this is the first append's result. */
  duplicate: boolean;
}
