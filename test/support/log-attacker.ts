import { Client } from 'pg';
import {
  checkpointHash,
  CheckpointRow,
  digestLine,
  EventRow,
  hashEvent,
  LogSigningKey,
  newDigest,
  storedEvent,
  toCheckpoint,
} from '@app/event-store';

/**
 * The operator who knows how the chain works: rewrites an event, recomputes every hash after it, the stream head,
 * and every checkpoint's digest and hash. Only the signing key (not in the database) is out of reach.
 */
export async function rewriteHistory(
  q: Client,
  streamId: string,
  version: number,
  edit: (data: Record<string, unknown>) => void,
  resignWith?: LogSigningKey,
): Promise<void> {
  await q.query(`ALTER TABLE es_log_checkpoints DISABLE TRIGGER es_log_checkpoints_append_only`);
  const { rows } = await q.query<EventRow>(
    `SELECT * FROM es_events WHERE stream_id = $1 ORDER BY stream_version`,
    [streamId],
  );
  let prev = '';
  for (const r of rows) {
    const e = storedEvent(r);
    if (e.streamVersion === version) edit(e.data);
    if (e.streamVersion >= version) {
      e.prevHash = prev;
      e.hash = hashEvent(e, 'sha256');
      await q.query(
        `UPDATE es_events SET data = $3, prev_hash = $4, hash = $5 WHERE stream_id = $1 AND stream_version = $2`,
        [streamId, e.streamVersion, e.data, e.prevHash, e.hash],
      );
    }
    prev = e.hash;
  }
  await q.query(`UPDATE es_streams SET last_hash = $2 WHERE stream_id = $1`, [streamId, prev]);
  const cps = (await q.query<CheckpointRow>(`SELECT * FROM es_log_checkpoints ORDER BY seq`)).rows.map(
    toCheckpoint,
  );
  let prevCpHash = '';
  for (const cp of cps) {
    const events = await q.query<EventRow>(
      `SELECT * FROM es_events WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          AND (transaction_id, global_position) <= ($3::text::xid8, $4::bigint) ORDER BY transaction_id, global_position`,
      [
        cp.from.transactionId.toString(),
        cp.from.globalPosition.toString(),
        cp.to.transactionId.toString(),
        cp.to.globalPosition.toString(),
      ],
    );
    const digest = newDigest('sha256');
    for (const r of events.rows)
      digest.update(
        digestLine({
          transactionId: BigInt(r.transaction_id),
          globalPosition: BigInt(r.global_position),
          streamId: r.stream_id,
          streamVersion: Number(r.stream_version),
          hash: r.hash,
        }),
      );
    const next = { ...cp, eventsDigest: `sha256:${digest.digest('hex')}`, prevHash: prevCpHash };
    const hash = checkpointHash(next, 'sha256');
    const signature = resignWith ? resignWith.sign('checkpoint', hash) : cp.signature;
    const keyId = resignWith ? resignWith.keyId : cp.keyId;
    await q.query(
      `UPDATE es_log_checkpoints SET events_digest = $2, prev_hash = $3, hash = $4, signature = $5, key_id = $6 WHERE seq = $1`,
      [cp.seq, next.eventsDigest, next.prevHash, hash, signature, keyId],
    );
    prevCpHash = hash;
  }
}
