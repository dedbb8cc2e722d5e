import { Pool } from 'pg';
import type { EventRow } from '../event-store';
import { compareLogPositions, formatLogPosition, LogPosition } from '../event-store.types';
import { algorithmOf, GENESIS_HASH, hashEvent, HashAlgorithm, newDigest } from '../hashing';
import { checkpointHash, CheckpointRow, digestLine, LogCheckpoint, toCheckpoint } from './log-sealer';

export type FaultKind =
  | 'EVENT_ALTERED'
  | 'SEQUENCE_BROKEN'
  | 'CHAIN_BROKEN'
  | 'STREAM_HEAD_MISMATCH'
  | 'CHECKPOINT_MISMATCH'
  | 'CHECKPOINT_ALTERED'
  | 'CHECKPOINT_CHAIN_BROKEN';

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

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  checkpointsChecked: number;
  /** The first broken link in log order, when there is one. */
  fault?: VerificationFault;
}

class Found extends Error {
  constructor(readonly fault: VerificationFault) {
    super(fault.messageEn);
  }
}

interface StreamState {
  version: number;
  hash: string;
}

/**
 * Checks the whole log from a consistent snapshot: every event's hash against its content, every stream's chain
 * and sequence, every stream head against its last event, and every sealed checkpoint against the events it
 * covers. Stops at the first broken link in log order and says precisely what is wrong.
 */
export class LogVerifier {
  constructor(private readonly pool: Pool) {}

  async verify(batchSize = 5000): Promise<VerificationReport> {
    const client = await this.pool.connect();
    const counts = { events: 0, streams: 0, checkpoints: 0 };
    try {
      // One snapshot for events, heads and checkpoints, so concurrent appends cannot look like tampering.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const checkpoints = (
        await client.query<CheckpointRow>(`SELECT * FROM es_log_checkpoints ORDER BY seq`)
      ).rows.map(toCheckpoint);
      this.checkCheckpointChain(checkpoints);
      counts.checkpoints = checkpoints.length;

      const streams = new Map<string, StreamState>();
      let cpIndex = 0;
      let cpCount = 0;
      let cpDigest = checkpoints[0] ? newDigest(algorithmOf(checkpoints[0].eventsDigest)) : null;
      const closeCheckpoint = () => {
        const cp = checkpoints[cpIndex];
        const digest = `${algorithmOf(cp.eventsDigest)}:${cpDigest!.digest('hex')}`;
        if (cpCount !== cp.eventCount || digest !== cp.eventsDigest) {
          throw new Found({
            kind: 'CHECKPOINT_MISMATCH',
            checkpointSeq: cp.seq,
            position: formatLogPosition(cp.to),
            message: `第 ${cp.seq} 号封存点（${cp.sealedAt.toISOString()}）封存了 ${cp.eventCount} 条事件，现存 ${cpCount} 条且摘要不符：事件被删除、增加或调换了顺序`,
            messageEn: `Checkpoint #${cp.seq} (sealed ${cp.sealedAt.toISOString()}) sealed ${cp.eventCount} events; the log now holds ${cpCount} there with a different digest: events were removed, added or reordered`,
          });
        }
        cpIndex++;
        cpCount = 0;
        cpDigest = checkpoints[cpIndex] ? newDigest(algorithmOf(checkpoints[cpIndex].eventsDigest)) : null;
      };

      let after: LogPosition = { transactionId: 0n, globalPosition: 0n };
      for (;;) {
        const { rows } = await client.query<EventRow>(
          `SELECT global_position, transaction_id, event_id, stream_id, stream_type, stream_version, event_type,
                  schema_version, data, metadata, recorded_at, owning_unit, prev_hash, hash
             FROM es_events
            WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
            ORDER BY transaction_id, global_position LIMIT $3`,
          [after.transactionId.toString(), after.globalPosition.toString(), batchSize],
        );
        if (rows.length === 0) break;
        for (const r of rows) {
          const pos: LogPosition = {
            transactionId: BigInt(r.transaction_id),
            globalPosition: BigInt(r.global_position),
          };
          while (cpIndex < checkpoints.length && compareLogPositions(pos, checkpoints[cpIndex].to) > 0)
            closeCheckpoint();
          this.checkEvent(r, streams);
          if (cpDigest) {
            cpDigest.update(
              digestLine({
                ...pos,
                streamId: r.stream_id,
                streamVersion: Number(r.stream_version),
                hash: r.hash,
              }),
            );
            cpCount++;
          }
          counts.events++;
          after = pos;
        }
      }
      while (cpIndex < checkpoints.length) closeCheckpoint();

      const heads = await client.query<{ stream_id: string; version: string; last_hash: string }>(
        `SELECT stream_id, version, last_hash FROM es_streams ORDER BY stream_id`,
      );
      for (const h of heads.rows) {
        const seen = streams.get(h.stream_id);
        if (!seen || seen.version !== Number(h.version) || seen.hash !== h.last_hash) {
          throw new Found({
            kind: 'STREAM_HEAD_MISMATCH',
            streamId: h.stream_id,
            streamVersion: Number(h.version),
            message: `流 ${h.stream_id} 的头记录为第 ${h.version} 版，但事件只到第 ${seen?.version ?? 0} 版或末尾哈希不符：尾部事件被删除或改动`,
            messageEn: `Stream ${h.stream_id} head says version ${h.version}, but its events end at version ${seen?.version ?? 0} or with another hash: its tail was removed or altered`,
          });
        }
      }
      counts.streams = heads.rows.length;
      await client.query('COMMIT');
      return {
        ok: true,
        eventsChecked: counts.events,
        streamsChecked: counts.streams,
        checkpointsChecked: counts.checkpoints,
      };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (err instanceof Found) {
        return {
          ok: false,
          eventsChecked: counts.events,
          streamsChecked: counts.streams,
          checkpointsChecked: counts.checkpoints,
          fault: err.fault,
        };
      }
      throw err;
    } finally {
      client.release();
    }
  }

  private checkEvent(r: EventRow, streams: Map<string, StreamState>): void {
    const version = Number(r.stream_version);
    const state = streams.get(r.stream_id);
    const expectedVersion = (state?.version ?? 0) + 1;
    const where = {
      streamId: r.stream_id,
      streamVersion: version,
      position: `${r.transaction_id}:${r.global_position}`,
    };
    if (version !== expectedVersion) {
      throw new Found({
        kind: 'SEQUENCE_BROKEN',
        ...where,
        message: `流 ${r.stream_id} 应接第 ${expectedVersion} 版，实际为第 ${version} 版（位置 ${where.position}）：有事件被删除或顺序被调换`,
        messageEn: `Stream ${r.stream_id} should continue with version ${expectedVersion} but has version ${version} (position ${where.position}): an event was removed or the order was changed`,
      });
    }
    const expectedPrev = state?.hash ?? GENESIS_HASH;
    if (r.prev_hash !== expectedPrev) {
      throw new Found({
        kind: 'CHAIN_BROKEN',
        ...where,
        message: `流 ${r.stream_id} 第 ${version} 版记录的前一哈希与第 ${version - 1} 版的哈希不符：链条断裂`,
        messageEn: `Stream ${r.stream_id} version ${version} names a previous hash that is not version ${version - 1}'s hash: the chain is broken`,
      });
    }
    let algorithm: HashAlgorithm;
    try {
      algorithm = algorithmOf(r.hash);
    } catch {
      algorithm = 'sha256';
    }
    const recomputed = hashEvent(
      {
        eventId: r.event_id,
        streamId: r.stream_id,
        streamType: r.stream_type,
        streamVersion: version,
        type: r.event_type,
        schemaVersion: r.schema_version,
        data: r.data,
        metadata: r.metadata,
        recordedAt: r.recorded_at,
        owningUnit: r.owning_unit,
        prevHash: r.prev_hash,
      },
      algorithm,
    );
    if (recomputed !== r.hash) {
      throw new Found({
        kind: 'EVENT_ALTERED',
        ...where,
        message: `流 ${r.stream_id} 第 ${version} 版事件（${r.event_type}）的内容与其哈希不符：事件被改动`,
        messageEn: `Stream ${r.stream_id} version ${version} (${r.event_type}) does not match its hash: the event was altered`,
      });
    }
    streams.set(r.stream_id, { version, hash: r.hash });
  }

  private checkCheckpointChain(checkpoints: LogCheckpoint[]): void {
    let prev: LogCheckpoint | undefined;
    for (const cp of checkpoints) {
      const expectedSeq = (prev?.seq ?? 0) + 1;
      const expectedPrevHash = prev?.hash ?? GENESIS_HASH;
      const expectedFrom = prev ? formatLogPosition(prev.to) : '0:0';
      if (
        cp.seq !== expectedSeq ||
        cp.prevHash !== expectedPrevHash ||
        formatLogPosition(cp.from) !== expectedFrom
      ) {
        throw new Found({
          kind: 'CHECKPOINT_CHAIN_BROKEN',
          checkpointSeq: cp.seq,
          message: `第 ${cp.seq} 号封存点未接上第 ${expectedSeq - 1} 号封存点：封存点被删除或替换`,
          messageEn: `Checkpoint #${cp.seq} does not follow checkpoint #${expectedSeq - 1}: a checkpoint was removed or replaced`,
        });
      }
      if (checkpointHash(cp, algorithmOf(cp.hash)) !== cp.hash) {
        throw new Found({
          kind: 'CHECKPOINT_ALTERED',
          checkpointSeq: cp.seq,
          message: `第 ${cp.seq} 号封存点的内容与其哈希不符：封存点被改动`,
          messageEn: `Checkpoint #${cp.seq} does not match its hash: the checkpoint was altered`,
        });
      }
      prev = cp;
    }
  }
}
