import { KeyObject } from 'node:crypto';
import { Pool } from 'pg';
import { EVENT_COLUMNS, type EventRow } from '../event-store';
import { compareLogPositions, formatLogPosition, LOG_START, LogPosition } from '../event-store.types';
import { newDigest } from '../hashing';
import { CheckpointWitness, WitnessConflict, WitnessCorrupt, WitnessedHead } from './checkpoint-witness';
import {
  checkReceipts,
  IndependentWitness,
  ReceiptRow,
  toReceipt,
  WitnessReceipt,
} from './independent-witness';
import {
  checkCheckpointChain,
  checkEvent,
  checkpointMismatch,
  checkWitness,
  digestAlgorithmOf,
  witnessCorrupt,
  eventOutsideLog,
  eventWithheld,
  IntegrityFault,
  notSealed,
  outOfLogOrder,
  eventBeyondLog,
  streamHeadMissing,
  StreamLink,
  streamHeadMismatch,
  VerificationFault,
} from './integrity-checks';
import { CheckpointRow, digestLine, LogCheckpoint, toCheckpoint } from './checkpoint';
import { forEachSealedLine, predecessorHashes, rowPosition, SqlRows } from './sealed-lines';
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
  /**
   * What an independent witness (another deployment, e.g. the city office's) has countersigned, when one is set:
   * the checkpoints after `countersignedThrough` are a history nobody outside this deployment has seen yet.
   */
  independentWitness?: {
    name: string;
    /** Whether it answered now; when not, its receipts kept here were checked instead. */
    reachable: boolean;
    countersignedThrough: number | null;
    /** Signed checkpoints it has not countersigned. */
    notCountersigned: number;
  };
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
  /** Another deployment that countersigns our checkpoints; its receipts are checked against the database. */
  independentWitness?: IndependentWitness;
  /** Checkpoints sealed before signing existed (published with the key); every later one must be signed. */
  unsignedThrough?: number;
}

/** The first transaction id the database has not handed out yet, as this snapshot sees it. */
async function snapshotXmax(query: Query): Promise<bigint> {
  const [r] = await query<{ x: string }>(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`, []);
  return BigInt(r.x);
}

type Query = SqlRows;

const emptyReport = (): VerificationReport => ({
  ok: true,
  eventsChecked: 0,
  streamsChecked: 0,
  checkpointsChecked: 0,
  unsignedCheckpoints: 0,
  witnessedCheckpoints: 0,
  unsealedEvents: 0,
  range: { from: formatLogPosition(LOG_START), to: null, firstCheckpoint: null, lastCheckpoint: null },
});

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
    const report = emptyReport();
    const query: Query = async <T extends object>(sql: string, params: unknown[]) =>
      (await client.query<T>(sql, params)).rows;
    try {
      const all = await this.checkpointsAndWitness(client, query, report);
      // Nothing may sit before the start of the log, where no reader looks, or after its end, under a transaction id
      // the database has not handed out yet (readers would wait for it forever, and it would never be sealed).
      const [firstRow] = await query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es_events ORDER BY transaction_id, global_position LIMIT 1`,
        [],
      );
      if (firstRow && compareLogPositions(rowPosition(firstRow), LOG_START) <= 0) {
        const e = storedEvent(firstRow);
        throw eventOutsideLog(e.streamId, e.streamVersion, e.position);
      }
      const [lastRow] = await query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es_events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
        [],
      );
      const xmax = await snapshotXmax(query);
      if (lastRow && BigInt(lastRow.transaction_id) >= xmax) {
        const e = storedEvent(lastRow);
        throw eventBeyondLog(e.streamId, e.streamVersion, e.position);
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
      let cpDigest = checkpoints[0] ? newDigest(digestAlgorithmOf(checkpoints[0])) : null;
      const closeCheckpoint = () => {
        const cp = checkpoints[cpIndex];
        const digest = `${digestAlgorithmOf(cp)}:${cpDigest!.digest('hex')}`;
        if (cpCount !== cp.eventCount || digest !== cp.eventsDigest) throw checkpointMismatch(cp, cpCount);
        report.checkpointsChecked++;
        cpIndex++;
        cpCount = 0;
        cpDigest = checkpoints[cpIndex] ? newDigest(digestAlgorithmOf(checkpoints[cpIndex])) : null;
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
          const link = streams.get(e.streamId);
          checkEvent(e, link);
          // The stream's link moves on in place: one object a stream, not one an event.
          if (link) {
            link.version = e.streamVersion;
            link.hash = e.hash;
          } else {
            streams.set(e.streamId, { version: e.streamVersion, hash: e.hash });
          }
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
        // And the other way round: events written around the store leave a stream with no head.
        const headed = new Set(heads.rows.map((h) => h.stream_id));
        for (const [id, seen] of streams) if (!headed.has(id)) throw streamHeadMissing(id, seen.version);
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
   * Checks a selection of the log from one snapshot: the signed checkpoint chain and witness; each whole stream from
   * its first event to its head; each further event against the one before it and its stream's head; and every
   * checkpoint from the first that seals a selected event to the latest, recomputed over its whole range — a selected
   * event must be among the lines sealed there, and every sealed line of a whole stream must still exist (so a tail
   * cut off with its head moved back shows, and so does a vanished stream).
   */
  async verifySelection(selection: EventSelection): Promise<VerificationReport> {
    const client = await this.pool.connect();
    const report = emptyReport();
    const query: Query = async <T extends object>(sql: string, params: unknown[]) =>
      (await client.query<T>(sql, params)).rows;
    try {
      const all = await this.checkpointsAndWitness(client, query, report);

      const whole = [...new Set(selection.wholeStreams)].sort();
      const wholeRows = await query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = ANY($1) ORDER BY stream_id, stream_version`,
        [whole],
      );
      const wholeSet = new Set(whole);
      const extra = (await selection.loadEvents(query)).filter((r) => !wholeSet.has(r.stream_id));
      const heads = new Map(
        (
          await query<{ stream_id: string; version: string; last_hash: string }>(
            `SELECT stream_id, version, last_hash FROM es_streams WHERE stream_id = ANY($1)`,
            [[...new Set([...whole, ...extra.map((r) => r.stream_id)])]],
          )
        ).map((h) => [h.stream_id, h]),
      );
      const rows = [...wholeRows, ...extra];
      const selected = rows.map(storedEvent);
      const positions = rows.map(rowPosition);
      const xmax = await snapshotXmax(query);
      selected.forEach((e, i) => {
        if (compareLogPositions(positions[i], LOG_START) <= 0)
          throw eventOutsideLog(e.streamId, e.streamVersion, e.position);
        if (positions[i].transactionId >= xmax) throw eventBeyondLog(e.streamId, e.streamVersion, e.position);
      });

      const streams = new Map<string, StreamLink>();
      const lastAt = new Map<string, LogPosition>();
      selected.slice(0, wholeRows.length).forEach((e, i) => {
        // Later versions come later in the log (an event slipped in "after the end" would otherwise hide, unsealed,
        // before sealed ones).
        const prevAt = lastAt.get(e.streamId);
        if (prevAt && compareLogPositions(positions[i], prevAt) <= 0)
          throw outOfLogOrder(e.streamId, e.streamVersion, e.position);
        lastAt.set(e.streamId, positions[i]);
        checkEvent(e, streams.get(e.streamId));
        streams.set(e.streamId, { version: e.streamVersion, hash: e.hash });
      });
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
        if (!head) throw streamHeadMissing(id, seen!.version);
        if (!seen || seen.version !== Number(head.version) || seen.hash !== head.last_hash)
          throw streamHeadMismatch(id, Number(head.version), seen?.version ?? 0);
      }

      // Each event in a shared stream is checked against the event before it, whoever that belongs to.
      const shared = selected.slice(wholeRows.length);
      const before = await predecessorHashes(
        query,
        shared.filter((e) => e.streamVersion > 1).map((e) => [e.streamId, e.streamVersion - 1]),
      );
      for (const e of shared) {
        const prev = before.get(`${e.streamId}#${e.streamVersion - 1}`);
        // A missing predecessor shows as a broken sequence: the event before was removed.
        checkEvent(e, e.streamVersion > 1 ? (prev ?? { version: e.streamVersion - 2, hash: '' }) : undefined);
        const head = heads.get(e.streamId);
        if (!head) throw streamHeadMissing(e.streamId, e.streamVersion);
        if (Number(head.version) < e.streamVersion)
          throw streamHeadMismatch(e.streamId, Number(head.version), e.streamVersion);
      }
      report.eventsChecked = selected.length;
      report.streamsChecked = whole.length;

      // From the first checkpoint that seals a selected event to the latest, each over its whole range.
      const firstIndex = all.findIndex((c) => positions.some((p) => compareLogPositions(p, c.to) <= 0));
      const key = (position: string, streamId: string, version: number, hash: string) =>
        `${position}|${streamId}|${version}|${hash}`;
      const pending = new Map(
        selected.map((e, i) => [
          key(e.position, e.streamId, e.streamVersion, e.hash),
          { e, at: positions[i] },
        ]),
      );
      if (firstIndex >= 0) {
        const checkpoints = all.slice(firstIndex);
        report.range.firstCheckpoint = checkpoints[0].seq;
        report.range.lastCheckpoint = checkpoints[checkpoints.length - 1].seq;
        await this.recomputeCheckpoints(query, checkpoints, (line) => {
          const k = key(line.position, line.streamId, line.streamVersion, line.hash);
          if (pending.delete(k)) return;
          if (wholeSet.has(line.streamId))
            throw eventWithheld(line.streamId, line.streamVersion, line.position);
        });
        report.checkpointsChecked = checkpoints.length;
      }
      const sealedTo = all.length ? all[all.length - 1].to : LOG_START;
      for (const { e, at } of pending.values()) {
        if (compareLogPositions(at, sealedTo) <= 0) throw notSealed(e);
        report.unsealedEvents++;
      }
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
   * Reads the witness (before the snapshot, so that a checkpoint sealed and witnessed meanwhile is in the snapshot
   * too), opens the snapshot, loads the checkpoints and checks their chain, signatures and the witness.
   */
  private async checkpointsAndWitness(
    client: { query: (sql: string) => Promise<unknown> },
    query: Query,
    report: VerificationReport,
  ): Promise<LogCheckpoint[]> {
    let heads: WitnessedHead[] | null = null;
    let witnessProblem: IntegrityFault | null = null;
    if (this.options.witness) {
      try {
        heads = await this.options.witness.read();
      } catch (err) {
        if (err instanceof WitnessCorrupt) witnessProblem = witnessCorrupt(err.message);
        else if (err instanceof WitnessConflict)
          witnessProblem = new IntegrityFault({
            kind: 'CHECKPOINT_REPLACED',
            checkpointSeq: err.seq,
            message: `见证记录中第 ${err.seq} 号封存点先后有两个不同的哈希：该封存点被删除后重新封存`,
            messageEn: `The witness saw two different checkpoints #${err.seq}: it was removed and sealed again`,
          });
        else throw err;
      }
    }
    // The independent witness is asked before the snapshot too; when it cannot be reached, the receipts it gave us
    // are still checked, and the report says it did not answer.
    const independent = this.options.independentWitness;
    let independentReceipts: WitnessReceipt[] | null = null;
    if (independent && this.keyId) {
      independentReceipts = await independent.receipts(this.keyId).catch(() => null);
    }
    // One snapshot for events, heads and checkpoints, so concurrent appends cannot look like tampering.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const all = (await query<CheckpointRow>(`SELECT * FROM es_log_checkpoints ORDER BY seq`, [])).map(
      toCheckpoint,
    );
    report.unsignedCheckpoints = checkCheckpointChain(
      all,
      this.options.publicKey,
      this.keyId,
      this.options.unsignedThrough ?? 0,
    ).unsigned;
    if (witnessProblem) throw witnessProblem;
    const bySeq = new Map(all.map((c) => [c.seq, c]));
    if (heads) {
      checkWitness(bySeq, heads);
      report.witnessedCheckpoints = heads.length;
    }
    if (independent) {
      const kept = await query<ReceiptRow>(
        `SELECT * FROM es_witness_receipts WHERE witness_key_id = $1 ORDER BY seq`,
        [publicKeyId(independent.publicKey)],
      );
      // Its own record first (nobody here can remove a receipt from it), then the copies kept here.
      const { countersignedThrough } = checkReceipts(
        bySeq,
        [...(independentReceipts ?? []), ...kept.map(toReceipt)],
        independent,
        this.keyId ?? null,
      );
      report.independentWitness = {
        name: independent.name,
        reachable: independentReceipts !== null,
        countersignedThrough,
        notCountersigned: all.filter((c) => c.signature && c.seq > (countersignedThrough ?? 0)).length,
      };
    }
    return all;
  }

  /** Recomputes consecutive checkpoints over their ranges, handing each sealed line to `line` in log order. */
  private async recomputeCheckpoints(
    query: Query,
    checkpoints: LogCheckpoint[],
    line: (l: { position: string; streamId: string; streamVersion: number; hash: string }) => void,
  ): Promise<void> {
    let index = 0;
    let count = 0;
    let digest = newDigest(digestAlgorithmOf(checkpoints[0]));
    const close = () => {
      const cp = checkpoints[index];
      if (count !== cp.eventCount || `${digestAlgorithmOf(cp)}:${digest.digest('hex')}` !== cp.eventsDigest)
        throw checkpointMismatch(cp, count);
      index++;
      count = 0;
      if (index < checkpoints.length) digest = newDigest(digestAlgorithmOf(checkpoints[index]));
    };
    await forEachSealedLine(query, checkpoints[0].from, checkpoints[checkpoints.length - 1].to, (r, pos) => {
      while (index < checkpoints.length && compareLogPositions(pos, checkpoints[index].to) > 0) close();
      const l = {
        position: `${r.transaction_id}:${r.global_position}`,
        streamId: r.stream_id,
        streamVersion: Number(r.stream_version),
        hash: r.hash,
      };
      digest.update(
        digestLine({ ...pos, streamId: l.streamId, streamVersion: l.streamVersion, hash: l.hash }),
      );
      count++;
      line(l);
    });
    while (index < checkpoints.length) close();
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
