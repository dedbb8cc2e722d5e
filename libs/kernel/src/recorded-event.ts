/**
 * What the event store hands back, as the domain sees it. Declared here rather than in the store so that domain
 * folders (timelines, as-of folds) can read recorded events without importing the store (the layer rules in
 * .dependency-cruiser.cjs); `@app/event-store` re-exports both under the same names.
 */

/** Who caused an append and why. Stored with every event and covered by its hash. */
export interface EventMetadata {
  actorUser: string;
  actorUnit: string;
  /** Name of the command that produced the events, e.g. `ReportIncident`. */
  command: string;
  correlationId: string;
  causationId?: string | null;
  /** A repeated append with the same key by the same actor unit returns the first result and writes nothing. */
  idempotencyKey?: string | null;
  /** Anything else worth keeping (display names, client info). Plain JSON. */
  [extra: string]: unknown;
}

/** An event as read back from the log: its place in the global order and in its stream, and its hash. */
export interface RecordedEvent<D = Record<string, unknown>> {
  globalPosition: bigint;
  transactionId: bigint;
  eventId: string;
  streamId: string;
  streamType: string;
  streamVersion: number;
  type: string;
  /** The schema version of `data` as returned (after upcasting). */
  schemaVersion: number;
  /** The schema version the event was stored with. */
  storedSchemaVersion: number;
  data: D;
  metadata: EventMetadata;
  recordedAt: Date;
  owningUnit: string;
  prevHash: string;
  hash: string;
}
