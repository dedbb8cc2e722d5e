import { Inject, Injectable } from '@nestjs/common';
import { Pool, PoolClient } from 'pg';
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
  LogSealer,
  forEachSealedLine,
  predecessorHashes,
  ReceiptRow,
  rowPosition,
  storedEvent,
  toCheckpoint,
  toReceipt,
  whileNotSealing,
} from '@app/event-store';
import { Clock } from '@app/kernel';
import { incidentStreamId, IncidentNotFound } from '@app/incidents';
import { wholeStreamsOf } from '../domain/incident-streams';
import { INCIDENT_EVENTS_SQL } from '../queries/incident-log';
import { AuditBundle, BUNDLE_FORMAT, BundleEvent, SealedLine } from './audit-bundle';

const toBundleEvent = (r: EventRow): BundleEvent => {
  const e = storedEvent(r);
  return { ...e, recordedAt: e.recordedAt.toISOString() };
};

/**
 * Builds an incident's signed bundle from one consistent snapshot of the log, taken while no checkpoint can be
 * sealed: the bundle then holds every checkpoint sealed before `exportedAt`, which a verifier compares with the
 * witness.
 */
@Injectable()
export class BundleExporter {
  constructor(
    @Inject(APP_POOL) private readonly pool: Pool,
    @Inject(LOG_INTEGRITY) private readonly integrity: LogIntegrity,
    private readonly clock: Clock,
    private readonly sealer: LogSealer,
  ) {}

  /**
   * The bundle as a file, as `npm run audit:export` writes it and the console downloads it: by default what is not
   * sealed yet is sealed first, so that every event of the incident is covered by a signed checkpoint.
   */
  async file(
    incidentId: string,
    options: { seal?: boolean } = {},
  ): Promise<{ bundle: AuditBundle; text: string }> {
    if (options.seal ?? true) await this.sealer.sealPending();
    const bundle = await this.export(incidentId);
    return { bundle, text: `${JSON.stringify(bundle, null, 2)}\n` };
  }

  export(incidentId: string): Promise<AuditBundle> {
    return whileNotSealing(this.pool, async (client) => {
      const exportedAt = this.clock.now().toISOString();
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const body = await this.read(client, incidentId, exportedAt);
        await client.query('COMMIT');
        return { ...body, signature: this.integrity.signingKey.sign('bundle', canonicalJson(body)) };
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  private async read(
    client: PoolClient,
    incidentId: string,
    exportedAt: string,
  ): Promise<Omit<AuditBundle, 'signature'>> {
    const q = async <T extends object>(sql: string, params: unknown[]) =>
      (await client.query<T>(sql, params)).rows;
    const named = await q<EventRow>(INCIDENT_EVENTS_SQL, [incidentId]);
    const whole = wholeStreamsOf(
      incidentId,
      named.map((r) => ({ streamId: r.stream_id, streamType: r.stream_type, data: r.data })),
    );
    const wholeRows = await q<EventRow>(`SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = ANY($1)`, [
      whole,
    ]);
    const heads = new Map(
      (
        await q<{ stream_id: string; version: string; last_hash: string }>(
          `SELECT stream_id, version, last_hash FROM es_streams WHERE stream_id = ANY($1)`,
          [whole],
        )
      ).map((h) => [h.stream_id, h]),
    );
    // Nothing of it in the log at all: an id that never existed. (A vanished incident whose deliveries or head remain
    // is exported, and its verifier reports the missing stream.)
    if (named.length === 0 && wholeRows.length === 0 && !heads.has(incidentStreamId(incidentId)))
      throw new IncidentNotFound(incidentId);
    const byPosition = new Map<string, EventRow>();
    for (const r of [...named, ...wholeRows]) byPosition.set(`${r.transaction_id}:${r.global_position}`, r);
    const rows = [...byPosition.values()].sort((a, b) => compareLogPositions(rowPosition(a), rowPosition(b)));

    // Shared streams: the hash of the event before each bundled event, when that event is not in the bundle.
    const inBundle = new Set(rows.map((r) => `${r.stream_id}#${r.stream_version}`));
    const wanted = rows
      .filter(
        (r) =>
          Number(r.stream_version) > 1 && !inBundle.has(`${r.stream_id}#${Number(r.stream_version) - 1}`),
      )
      .map((r) => [r.stream_id, Number(r.stream_version) - 1] as const);
    const predecessors: Record<string, string> = {};
    for (const [key, link] of await predecessorHashes(q, wanted)) predecessors[key] = link.hash;

    // From the first checkpoint sealing any bundled event to the latest: a verifier recomputes each over its range,
    // so events of the incident's streams removed after it (with their heads moved back) still show.
    const checkpoints = (await q<CheckpointRow>(`SELECT * FROM es_log_checkpoints ORDER BY seq`, [])).map(
      toCheckpoint,
    );
    const earliest = rows.length ? rowPosition(rows[0]) : null;
    const first = earliest ? checkpoints.findIndex((c) => compareLogPositions(earliest, c.to) <= 0) : -1;
    const sealed: Record<string, SealedLine[]> = {};
    if (first >= 0) {
      for (const cp of checkpoints.slice(first)) sealed[String(cp.seq)] = [];
      let i = first;
      await forEachSealedLine(
        q,
        checkpoints[first].from,
        checkpoints[checkpoints.length - 1].to,
        (l, pos) => {
          while (compareLogPositions(pos, checkpoints[i].to) > 0) i++;
          sealed[String(checkpoints[i].seq)].push([
            l.transaction_id,
            l.global_position,
            l.stream_id,
            Number(l.stream_version),
            l.hash,
          ]);
        },
      );
    }

    const receipts = (
      await q<ReceiptRow>(
        `SELECT * FROM es_witness_receipts WHERE peer_key_id = $1 ORDER BY witness_key_id, seq`,
        [this.integrity.signingKey.keyId],
      )
    ).map(toReceipt);
    const key = this.integrity.signingKey;
    return {
      format: BUNDLE_FORMAT,
      incidentId,
      exportedAt,
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
      witnessReceipts: receipts,
    };
  }
}
