import { KeyObject } from 'node:crypto';
import { Pool } from 'pg';
import { EVENT_COLUMNS, type EventRow } from '../event-store';
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

/** Part of the log to check, chosen by the caller (e.g. everything of one incident). */
export interface EventSelection {
  /** Streams to check from their first event to their head; one that has vanished is a fault. */
  wholeStreams: string[];
  /** Further events (in shared streams) to check against the event before them. */
  loadEvents(query: <T extends object>(sql: string, params: unknown[]) => Promise<T[]>): Promise<EventRow[]>;
}

export interface LogVerifierOptions {
  /** The deployment's public key: checkpoints must carry its signature. */
  publicKey?: KeyObject;
  witness?: CheckpointWitness;
}

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

      // The next batch is asked for before this one is checked, so the server reads while this process hashes.
      const fetchAfter = (after: LogPosition) => {
        const batch = client.query<EventRow>(
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
        // A check that stops at a fault leaves this batch unread; its failure must not go unhandled.
        void batch.catch(() => undefined);
        return batch;
      };
      let next = fetchAfter(start);
      for (;;) {
        const { rows } = await next;
        if (rows.length === 0) break;
        const lastRow = rows[rows.length - 1];
        next = fetchAfter({
          transactionId: BigInt(lastRow.transaction_id),
          globalPosition: BigInt(lastRow.global_position),
        });
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

  /**
   * Checks a selection of the log from one snapshot: the signed checkpoint chain and witness, each whole stream from
   * its first event to its head, each further event against the one before it, and every checkpoint that covers any
   * of these events against all the events in its range (so a stream removed from there shows too).
   */
  async verifySelection(selection: EventSelection): Promise<VerificationReport> {
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
    const query = async <T extends object>(sql: string, params: unknown[]) =>
      (await client.query<T>(sql, params)).rows;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const all = (await query<CheckpointRow>(`SELECT * FROM es_log_checkpoints ORDER BY seq`, [])).map(
        toCheckpoint,
      );
      report.unsignedCheckpoints = checkCheckpointChain(all, this.options.publicKey, this.keyId).unsigned;
      if (this.options.witness) {
        const heads = await this.options.witness.read();
        checkWitness(new Map(all.map((c) => [c.seq, c])), heads);
        report.witnessedCheckpoints = heads.length;
      }

      const whole = [...new Set(selection.wholeStreams)].sort();
      const wholeRows = await query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = ANY($1) ORDER BY stream_id, stream_version`,
        [whole],
      );
      const heads = new Map(
        (
          await query<{ stream_id: string; version: string; last_hash: string }>(
            `SELECT stream_id, version, last_hash FROM es_streams WHERE stream_id = ANY($1)`,
            [whole],
          )
        ).map((h) => [h.stream_id, h]),
      );
      const streams = new Map<string, StreamLink>();
      const positions: LogPosition[] = [];
      for (const r of wholeRows) {
        const e = storedEvent(r);
        checkEvent(e, streams.get(e.streamId));
        streams.set(e.streamId, { version: e.streamVersion, hash: e.hash });
        positions.push({
          transactionId: BigInt(r.transaction_id),
          globalPosition: BigInt(r.global_position),
        });
      }
      for (const id of whole) {
        const seen = streams.get(id);
        const head = heads.get(id);
        if (!seen && !head) {
          throw new IntegrityFault({
            kind: 'STREAM_MISSING',
            streamId: id,
            message: `流 ${id} 被其他事件引用，但它的事件和头记录都已不存在：整条流被删除`,
            messageEn: `Stream ${id} is named by other events, but neither its events nor its head exist: the whole stream was removed`,
          });
        }
        if (!seen || !head || seen.version !== Number(head.version) || seen.hash !== head.last_hash)
          throw streamHeadMismatch(id, Number(head?.version ?? 0), seen?.version ?? 0);
      }

      const wholeSet = new Set(whole);
      const extra = (await selection.loadEvents(query)).filter((r) => !wholeSet.has(r.stream_id));
      // Each event in a shared stream is checked against the event before it, whoever that belongs to.
      const before = await predecessorHashes(
        query,
        extra
          .filter((r) => Number(r.stream_version) > 1)
          .map((r) => [r.stream_id, Number(r.stream_version) - 1]),
      );
      for (const r of extra) {
        const e = storedEvent(r);
        const prev = before.get(`${e.streamId}#${e.streamVersion - 1}`);
        // A missing predecessor shows as a broken sequence: the event before was removed.
        checkEvent(e, e.streamVersion > 1 ? (prev ?? { version: e.streamVersion - 2, hash: '' }) : undefined);
        positions.push({
          transactionId: BigInt(r.transaction_id),
          globalPosition: BigInt(r.global_position),
        });
      }
      report.eventsChecked = wholeRows.length + extra.length;
      report.streamsChecked = whole.length;

      // Every checkpoint that sealed any of these events is recomputed over its whole range.
      const covering = new Set<number>();
      for (const pos of positions) {
        const i = all.findIndex((c) => compareLogPositions(pos, c.to) <= 0);
        if (i < 0) report.unsealedEvents++;
        else covering.add(i);
      }
      for (const i of [...covering].sort((a, b) => a - b)) {
        const cp = all[i];
        const lines = await query<{
          transaction_id: string;
          global_position: string;
          stream_id: string;
          stream_version: string;
          hash: string;
        }>(
          `SELECT transaction_id, global_position, stream_id, stream_version, hash FROM es_events
            WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
              AND (transaction_id, global_position) <= ($3::text::xid8, $4::bigint)
            ORDER BY transaction_id, global_position`,
          [
            cp.from.transactionId.toString(),
            cp.from.globalPosition.toString(),
            cp.to.transactionId.toString(),
            cp.to.globalPosition.toString(),
          ],
        );
        const digest = newDigest(algorithmOf(cp.eventsDigest));
        for (const l of lines)
          digest.update(
            digestLine({
              transactionId: BigInt(l.transaction_id),
              globalPosition: BigInt(l.global_position),
              streamId: l.stream_id,
              streamVersion: Number(l.stream_version),
              hash: l.hash,
            }),
          );
        if (
          lines.length !== cp.eventCount ||
          `${algorithmOf(cp.eventsDigest)}:${digest.digest('hex')}` !== cp.eventsDigest
        )
          throw checkpointMismatch(cp, lines.length);
        report.checkpointsChecked++;
      }
      const seqs = [...covering].map((i) => all[i].seq);
      report.range.firstCheckpoint = seqs.length ? Math.min(...seqs) : null;
      report.range.lastCheckpoint = seqs.length ? Math.max(...seqs) : null;
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
    const query = async <T extends object>(sql: string, params: unknown[]) =>
      (await client.query<T>(sql, params)).rows;
    const found = await predecessorHashes(query, [...wanted.entries()]);
    for (const [id, v] of wanted) {
      const link = found.get(`${id}#${v}`);
      if (link) streams.set(id, link);
    }
  }
}

/** The stored hashes of the given (stream, version) pairs, keyed `stream#version`. */
async function predecessorHashes(
  query: <T extends object>(sql: string, params: unknown[]) => Promise<T[]>,
  pairs: [string, number][],
): Promise<Map<string, StreamLink>> {
  const found = new Map<string, StreamLink>();
  if (pairs.length === 0) return found;
  const rows = await query<{ stream_id: string; stream_version: string; hash: string }>(
    `SELECT e.stream_id, e.stream_version, e.hash
       FROM unnest($1::text[], $2::bigint[]) AS w(stream_id, stream_version)
       JOIN es_events e USING (stream_id, stream_version)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  for (const r of rows)
    found.set(`${r.stream_id}#${r.stream_version}`, { version: Number(r.stream_version), hash: r.hash });
  return found;
}
