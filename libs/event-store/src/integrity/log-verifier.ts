import { KeyObject } from 'node:crypto';
import { Pool } from 'pg';
import type { EventRow } from '../event-store';
import { compareLogPositions, formatLogPosition, LOG_START, LogPosition } from '../event-store.types';
import { algorithmOf, newDigest } from '../hashing';
import { CheckpointWitness } from './checkpoint-witness';
import {
  checkCheckpointChain,
  checkEvent,
  checkpointMismatch,
  checkWitness,
  IntegrityFault,
  StreamLink,
  streamHeadMismatch,
  VerificationFault,
} from './integrity-checks';
import { CheckpointRow, digestLine, toCheckpoint } from './log-sealer';
import { publicKeyId } from './log-signing-key';

export type { FaultKind, VerificationFault } from './integrity-checks';

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  checkpointsChecked: number;
  /** Checkpoints sealed before signing existed: their chain is checked, but anyone with the database could redo it. */
  unsignedCheckpoints: number;
  /** Checkpoint heads held by the witness outside the database, all found intact. */
  witnessedCheckpoints: number;
  /** Events after the last checkpoint in the range: chained, but not yet sealed or signed. */
  unsealedEvents: number;
  /** The stretch of the log checked: after `from`, up to and including `to` (null: the end). */
  range: { from: string; to: string | null; firstCheckpoint: number | null; lastCheckpoint: number | null };
  /** The first broken link in log order, when there is one. */
  fault?: VerificationFault;
}

export interface VerifyOptions {
  /** Only the checkpoints sealed from this moment on (and so every event recorded since). */
  from?: Date;
  /** Up to the first checkpoint sealed at or after this moment (and so every event recorded before it). */
  to?: Date;
  batchSize?: number;
}

export interface LogVerifierOptions {
  /** The deployment's public key: checkpoints must carry its signature. */
  publicKey?: KeyObject;
  witness?: CheckpointWitness;
}

const EVENT_COLUMNS = `global_position, transaction_id, event_id, stream_id, stream_type, stream_version, event_type,
  schema_version, data, metadata, recorded_at, owning_unit, prev_hash, hash`;

export function storedEvent(r: EventRow) {
  return {
    eventId: r.event_id,
    streamId: r.stream_id,
    streamType: r.stream_type,
    streamVersion: Number(r.stream_version),
    type: r.event_type,
    schemaVersion: r.schema_version,
    data: r.data,
    metadata: r.metadata,
    recordedAt: r.recorded_at,
    owningUnit: r.owning_unit,
    prevHash: r.prev_hash,
    hash: r.hash,
    position: `${r.transaction_id}:${r.global_position}`,
  };
}

/**
 * Checks the log (or the stretch sealed in a period) from one consistent snapshot: the signed checkpoint chain and
 * the witness's copy of it, every event's hash against its content, every stream's sequence and chain, every sealed
 * checkpoint against the events it covers, and stream heads against their last event. Stops at the first broken link
 * and says precisely what is wrong.
 */
export class LogVerifier {
  private readonly keyId?: string;

  constructor(
    private readonly pool: Pool,
    private readonly options: LogVerifierOptions = {},
  ) {
    this.keyId = options.publicKey ? publicKeyId(options.publicKey) : undefined;
  }

  async verify(options: VerifyOptions = {}): Promise<VerificationReport> {
    const batchSize = options.batchSize ?? 5000;
    const client = await this.pool.connect();
    const report: VerificationReport = {
      ok: true,
      eventsChecked: 0,
      streamsChecked: 0,
      checkpointsChecked: 0,
      unsignedCheckpoints: 0,
      witnessedCheckpoints: 0,
      unsealedEvents: 0,
      range: { from: formatLogPosition(LOG_START), to: null, firstCheckpoint: null, lastCheckpoint: null },
    };
    try {
      // One snapshot for events, heads and checkpoints, so concurrent appends cannot look like tampering.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const all = (
        await client.query<CheckpointRow>(`SELECT * FROM es_log_checkpoints ORDER BY seq`)
      ).rows.map(toCheckpoint);
      report.unsignedCheckpoints = checkCheckpointChain(all, this.options.publicKey, this.keyId).unsigned;
      if (this.options.witness) {
        const heads = await this.options.witness.read();
        checkWitness(new Map(all.map((c) => [c.seq, c])), heads);
        report.witnessedCheckpoints = heads.length;
      }

      // The checkpoints in range: from the first sealed at/after `from` to the first sealed at/after `to`.
      let first = options.from ? all.findIndex((c) => c.sealedAt >= options.from!) : 0;
      if (first < 0) first = all.length;
      let last = options.to ? all.findIndex((c) => c.sealedAt >= options.to!) : -1;
      const toEnd = last < 0;
      if (toEnd) last = all.length - 1;
      const checkpoints = all.slice(first, last + 1);
      const start: LogPosition = first > 0 ? all[first - 1].to : LOG_START;
      const end: LogPosition | null = toEnd ? null : all[last].to;
      const partialStart = first > 0;
      report.range = {
        from: formatLogPosition(start),
        to: end ? formatLogPosition(end) : null,
        firstCheckpoint: checkpoints[0]?.seq ?? null,
        lastCheckpoint: checkpoints[checkpoints.length - 1]?.seq ?? null,
      };

      const streams = new Map<string, StreamLink>();
      let cpIndex = 0;
      let cpCount = 0;
      let cpDigest = checkpoints[0] ? newDigest(algorithmOf(checkpoints[0].eventsDigest)) : null;
      const closeCheckpoint = () => {
        const cp = checkpoints[cpIndex];
        const digest = `${algorithmOf(cp.eventsDigest)}:${cpDigest!.digest('hex')}`;
        if (cpCount !== cp.eventCount || digest !== cp.eventsDigest) throw checkpointMismatch(cp, cpCount);
        report.checkpointsChecked++;
        cpIndex++;
        cpCount = 0;
        cpDigest = checkpoints[cpIndex] ? newDigest(algorithmOf(checkpoints[cpIndex].eventsDigest)) : null;
      };

      let after = start;
      for (;;) {
        const { rows } = await client.query<EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM es_events
            WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
              AND ($3::text IS NULL OR (transaction_id, global_position) <= ($3::text::xid8, $4::bigint))
            ORDER BY transaction_id, global_position LIMIT $5`,
          [
            after.transactionId.toString(),
            after.globalPosition.toString(),
            end?.transactionId.toString() ?? null,
            end?.globalPosition.toString() ?? null,
            batchSize,
          ],
        );
        if (rows.length === 0) break;
        // A stream that began before the range continues from its last event before it.
        if (partialStart) await this.loadPredecessors(client, rows, streams);
        for (const r of rows) {
          const pos: LogPosition = {
            transactionId: BigInt(r.transaction_id),
            globalPosition: BigInt(r.global_position),
          };
          while (cpIndex < checkpoints.length && compareLogPositions(pos, checkpoints[cpIndex].to) > 0)
            closeCheckpoint();
          const e = storedEvent(r);
          checkEvent(e, streams.get(e.streamId));
          streams.set(e.streamId, { version: e.streamVersion, hash: e.hash });
          if (cpDigest) {
            cpDigest.update(
              digestLine({ ...pos, streamId: e.streamId, streamVersion: e.streamVersion, hash: e.hash }),
            );
            cpCount++;
          } else {
            report.unsealedEvents++;
          }
          report.eventsChecked++;
          after = pos;
        }
      }
      while (cpIndex < checkpoints.length) closeCheckpoint();

      if (toEnd) {
        // Heads say where each stream ends: a truncated tail shows here. Over part of the log only the streams seen.
        const heads = await client.query<{ stream_id: string; version: string; last_hash: string }>(
          partialStart
            ? `SELECT stream_id, version, last_hash FROM es_streams WHERE stream_id = ANY($1) ORDER BY stream_id`
            : `SELECT stream_id, version, last_hash FROM es_streams ORDER BY stream_id`,
          partialStart ? [[...streams.keys()]] : [],
        );
        for (const h of heads.rows) {
          const seen = streams.get(h.stream_id);
          if (!seen || seen.version !== Number(h.version) || seen.hash !== h.last_hash)
            throw streamHeadMismatch(h.stream_id, Number(h.version), seen?.version ?? 0);
        }
      }
      report.streamsChecked = streams.size;
      await client.query('COMMIT');
      return report;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (err instanceof IntegrityFault) return { ...report, ok: false, fault: err.fault };
      throw err;
    } finally {
      client.release();
    }
  }

  private async loadPredecessors(
    client: { query: Pool['query'] },
    rows: EventRow[],
    streams: Map<string, StreamLink>,
  ): Promise<void> {
    const wanted = new Map<string, number>();
    for (const r of rows) {
      const v = Number(r.stream_version);
      if (v > 1 && !streams.has(r.stream_id) && !wanted.has(r.stream_id)) wanted.set(r.stream_id, v - 1);
    }
    if (wanted.size === 0) return;
    const { rows: found } = await client.query<{ stream_id: string; stream_version: string; hash: string }>(
      `SELECT e.stream_id, e.stream_version, e.hash
         FROM unnest($1::text[], $2::bigint[]) AS w(stream_id, stream_version)
         JOIN es_events e USING (stream_id, stream_version)`,
      [[...wanted.keys()], [...wanted.values()]],
    );
    for (const f of found) streams.set(f.stream_id, { version: Number(f.stream_version), hash: f.hash });
  }
}
