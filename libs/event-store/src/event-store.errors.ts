import { ExpectedVersion } from './event-store.types';

/** Base of the store's own errors; the store knows no GraphQL, callers map these. */
export class EventStoreError extends Error {}

/** The stream was not at the expected version. Nothing was written. */
export class VersionConflict extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    /** The stream's actual version, or `'no-stream'`. */
    readonly actual: number | 'no-stream',
  ) {
    super(`Version conflict on stream ${streamId}: expected ${String(expected)}, actual ${String(actual)}`);
    this.name = 'VersionConflict';
  }
}

/** An idempotency key was reused for a different request. Nothing was written. */
export class IdempotencyKeyReused extends EventStoreError {
  constructor(
    readonly idempotencyKey: string,
    readonly originalStreamId: string,
  ) {
    super(
      `Idempotency key ${idempotencyKey} was already used for a different request (stream ${originalStreamId})`,
    );
    this.name = 'IdempotencyKeyReused';
  }
}

/** An append named an owner or type that differs from the existing stream's. Nothing was written. */
export class StreamMismatch extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly field: 'owningUnit' | 'streamType',
    readonly existing: string,
    readonly given: string,
  ) {
    super(`Stream ${streamId} has ${field} ${existing}, not ${given}`);
    this.name = 'StreamMismatch';
  }
}

/** The append request itself is malformed (empty, not JSON, too large…). Nothing was written. */
export class InvalidAppend extends EventStoreError {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppend';
  }
}

/**
 * A transaction met a stream it must not wait for, or one written by a younger transaction (ADR 0015): it is rolled
 * back and run again with these streams locked before its first write. Internal to the store.
 */
export class StreamsToLockFirst extends EventStoreError {
  constructor(readonly streamIds: string[]) {
    super(`Run again with streams locked first: ${streamIds.join(', ')}`);
    this.name = 'StreamsToLockFirst';
  }
}
