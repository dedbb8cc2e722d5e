import type { WitnessReceipt } from '@app/event-store';

/**
 * The signed audit bundle (format `yuqing-audit-bundle/1`): everything needed to check one incident's record with no
 * database — its events as stored, the checkpoints that seal them and the chain of checkpoints before them, and the
 * lines each of those checkpoints sealed. docs/audit-bundle.md describes it for people who write their own verifier.
 */
export const BUNDLE_FORMAT = 'yuqing-audit-bundle/1';

/** An event exactly as stored; its hash covers every field but `position` and `hash` (ADR 0005). */
export interface BundleEvent {
  /** `transactionId:globalPosition`, the event's place in the global log. */
  position: string;
  eventId: string;
  streamId: string;
  streamType: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
  recordedAt: string;
  owningUnit: string;
  prevHash: string;
  hash: string;
}

/** A stream included whole: its head as the database holds it (null when the stream is gone). */
export interface BundleStream {
  streamId: string;
  version: number | null;
  lastHash: string | null;
}

export interface BundleCheckpoint {
  seq: number;
  from: string;
  to: string;
  eventCount: number;
  eventsDigest: string;
  prevHash: string;
  hash: string;
  sealedAt: string;
  signature: string | null;
  keyId: string | null;
}

/** One line a checkpoint sealed: `[transactionId, globalPosition, streamId, streamVersion, hash]`. */
export type SealedLine = [string, string, string, number, string];

export interface AuditBundle {
  format: typeof BUNDLE_FORMAT;
  incidentId: string;
  exportedAt: string;
  /** The deployment's signing key; a verifier should be told the key to expect (`--key`) rather than trust this. */
  keyId: string;
  publicKeyPem: string;
  /** Every event naming the incident and every event of its whole streams, in log order. */
  events: BundleEvent[];
  streams: BundleStream[];
  /** Hashes of the events just before the bundle's events in shared streams (an inbox), keyed `stream#version`. */
  predecessors: Record<string, string>;
  /** The whole checkpoint chain at export, from #1 to the latest. */
  checkpoints: BundleCheckpoint[];
  /** For every checkpoint from the first that seals a bundled event to the latest: every line it sealed. */
  sealed: Record<string, SealedLine[]>;
  /**
   * The countersignatures of the deployment's independent witness (another deployment) for its checkpoints, as it
   * holds them at export; absent from bundles made before witnessing between deployments existed.
   */
  witnessReceipts?: WitnessReceipt[];
  /** Ed25519 over the canonical JSON (RFC 8785) of the bundle without this field, label `yuqing-audit-bundle-v1`. */
  signature: string;
}
