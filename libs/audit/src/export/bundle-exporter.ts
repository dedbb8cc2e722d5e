import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_POOL } from '@app/database';
import {
  canonicalJson,
  CheckpointRow,
  compareLogPositions,
  EVENT_COLUMNS,
  EventRow,
  formatLogPosition,
  LOG_INTEGRITY,
  LogIntegrity,
  storedEvent,
  toCheckpoint,
} from '@app/event-store';
import { Clock } from '@app/kernel';
import { INCIDENT_STREAM_TYPE, IncidentNotFound } from '@app/incidents';
import { wholeStreamsOf } from '../domain/incident-streams';
import { INCIDENT_EVENTS_SQL } from '../queries/incident-log';
import { AuditBundle, BUNDLE_FORMAT, BundleEvent, SealedLine } from './audit-bundle';

const toBundleEvent = (r: EventRow): BundleEvent => {
  const e = storedEvent(r);
  return { ...e, recordedAt: e.recordedAt.toISOString() };
};

/** Builds an incident's signed bundle from one consistent snapshot of the log. */
@Injectable()
export class BundleExporter {
  constructor(
    @Inject(APP_POOL) private readonly pool: Pool,
    @Inject(LOG_INTEGRITY) private readonly integrity: LogIntegrity,
    private readonly clock: Clock,
  ) {}

  async export(incidentId: string): Promise<AuditBundle> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const q = async <T extends object>(sql: string, params: unknown[]) =>
        (await client.query<T>(sql, params)).rows;
      const named = await q<EventRow>(INCIDENT_EVENTS_SQL, [incidentId]);
      if (!named.some((r) => r.stream_type === INCIDENT_STREAM_TYPE)) throw new IncidentNotFound(incidentId);
      const whole = wholeStreamsOf(
        named.map((r) => ({ streamId: r.stream_id, streamType: r.stream_type, data: r.data })),
      );
      const wholeRows = await q<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = ANY($1)`,
        [whole],
      );
      const byPosition = new Map<string, EventRow>();
      for (const r of [...named, ...wholeRows]) byPosition.set(`${r.transaction_id}:${r.global_position}`, r);
      const rows = [...byPosition.values()].sort((a, b) =>
        compareLogPositions(
          { transactionId: BigInt(a.transaction_id), globalPosition: BigInt(a.global_position) },
          { transactionId: BigInt(b.transaction_id), globalPosition: BigInt(b.global_position) },
        ),
      );
      const heads = new Map(
        (
          await q<{ stream_id: string; version: string; last_hash: string }>(
            `SELECT stream_id, version, last_hash FROM es_streams WHERE stream_id = ANY($1)`,
            [whole],
          )
        ).map((h) => [h.stream_id, h]),
      );

      // Shared streams: the hash of the event before each bundled event, when that event is not in the bundle.
      const inBundle = new Set(rows.map((r) => `${r.stream_id}#${r.stream_version}`));
      const wanted = rows
        .filter(
          (r) =>
            Number(r.stream_version) > 1 && !inBundle.has(`${r.stream_id}#${Number(r.stream_version) - 1}`),
        )
        .map((r) => [r.stream_id, Number(r.stream_version) - 1] as const);
      const predecessors: Record<string, string> = {};
      if (wanted.length) {
        const found = await q<{ stream_id: string; stream_version: string; hash: string }>(
          `SELECT e.stream_id, e.stream_version, e.hash FROM unnest($1::text[], $2::bigint[]) AS w(stream_id, stream_version)
             JOIN es_events e USING (stream_id, stream_version)`,
          [wanted.map((w) => w[0]), wanted.map((w) => w[1])],
        );
        for (const f of found) predecessors[`${f.stream_id}#${f.stream_version}`] = f.hash;
      }

      // From the first checkpoint sealing any bundled event to the latest: a verifier recomputes each over its range,
      // so events of the incident's streams removed after it (with their heads moved back) still show.
      const checkpoints = (await q<CheckpointRow>(`SELECT * FROM es_log_checkpoints ORDER BY seq`, [])).map(
        toCheckpoint,
      );
      const first = checkpoints.findIndex((c) =>
        rows.some(
          (r) =>
            compareLogPositions(
              { transactionId: BigInt(r.transaction_id), globalPosition: BigInt(r.global_position) },
              c.to,
            ) <= 0,
        ),
      );
      const sealed: Record<string, SealedLine[]> = {};
      if (first >= 0) {
        for (const cp of checkpoints.slice(first)) sealed[String(cp.seq)] = [];
        const from = checkpoints[first].from;
        const to = checkpoints[checkpoints.length - 1].to;
        const lines = await q<{
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
            from.transactionId.toString(),
            from.globalPosition.toString(),
            to.transactionId.toString(),
            to.globalPosition.toString(),
          ],
        );
        let i = first;
        for (const l of lines) {
          const pos = { transactionId: BigInt(l.transaction_id), globalPosition: BigInt(l.global_position) };
          while (compareLogPositions(pos, checkpoints[i].to) > 0) i++;
          sealed[String(checkpoints[i].seq)].push([
            l.transaction_id,
            l.global_position,
            l.stream_id,
            Number(l.stream_version),
            l.hash,
          ]);
        }
      }
      await client.query('COMMIT');

      const key = this.integrity.signingKey;
      const body: Omit<AuditBundle, 'signature'> = {
        format: BUNDLE_FORMAT,
        incidentId,
        exportedAt: this.clock.now().toISOString(),
        keyId: key.keyId,
        publicKeyPem: key.publicKeyPem,
        events: rows.map(toBundleEvent),
        streams: whole.map((id) => {
          const h = heads.get(id);
          return { streamId: id, version: h ? Number(h.version) : null, lastHash: h?.last_hash ?? null };
        }),
        predecessors,
        checkpoints: checkpoints.map((c) => ({
          seq: c.seq,
          from: formatLogPosition(c.from),
          to: formatLogPosition(c.to),
          eventCount: c.eventCount,
          eventsDigest: c.eventsDigest,
          prevHash: c.prevHash,
          hash: c.hash,
          sealedAt: c.sealedAt.toISOString(),
          signature: c.signature,
          keyId: c.keyId,
        })),
        sealed,
      };
      return { ...body, signature: key.sign('bundle', canonicalJson(body)) };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}
