import { Client } from 'pg';
import { SystemClock } from '@app/kernel';
import { LogSealer, LogVerifier } from '@app/event-store';
import { appendRequest, openStore, StoreFixture } from '../../../../test/support/event-store-fixture';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-server';

/**
 * Plays an operator with owner rights who edits the log behind the application's back. Each case gets its own
 * database with the same history: three streams of five events, sealed into a checkpoint, then a little more.
 */
interface Scene {
  db: TestDatabase;
  fx: StoreFixture;
  streams: string[];
  owner: Client;
  verifier: LogVerifier;
  close(): Promise<void>;
}

async function scene(): Promise<Scene> {
  const db = await createTestDatabase('tamper');
  const fx = openStore(db);
  const streams: string[] = [];
  for (let s = 0; s < 3; s++) {
    const req = appendRequest({ expectedVersion: 'no-stream' });
    streams.push(req.streamId);
    for (let v = 0; v < 5; v++) {
      await fx.store.append({
        ...req,
        expectedVersion: v === 0 ? 'no-stream' : v,
        events: [{ type: `Step${v}`, data: { s, v, text: '签收工单' } }],
      });
    }
  }
  await new LogSealer(fx.pool, fx.store, new SystemClock()).sealPending();
  // One unsealed event after the checkpoint: the tail.
  await fx.store.append({ ...appendRequest({ streamId: streams[0] }), expectedVersion: 5 });
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  // The attacker's first move: switch off the append-only trigger.
  await owner.query(`ALTER TABLE es_events DISABLE TRIGGER es_events_append_only`);
  return {
    db,
    fx,
    streams,
    owner,
    verifier: new LogVerifier(fx.pool),
    close: async () => {
      await owner.end();
      await fx.close();
      await db.drop();
    },
  };
}

let s: Scene;
afterEach(async () => s && (await s.close()));

describe('log verification', () => {
  it('an untouched log verifies', async () => {
    s = await scene();
    const report = await s.verifier.verify();
    expect(report).toMatchObject({ ok: true, eventsChecked: 16, streamsChecked: 3, checkpointsChecked: 1 });
    expect(report.fault).toBeUndefined();
  });

  it('detects an edited payload', async () => {
    s = await scene();
    await s.owner.query(
      `UPDATE es_events SET data = jsonb_set(data, '{text}', '"退回工单"') WHERE stream_id = $1 AND stream_version = 3`,
      [s.streams[1]],
    );
    const report = await s.verifier.verify();
    expect(report.ok).toBe(false);
    expect(report.fault).toMatchObject({ kind: 'EVENT_ALTERED', streamId: s.streams[1], streamVersion: 3 });
    expect(report.fault!.message).toContain('被改动');
  });

  it('detects an edited metadata field', async () => {
    s = await scene();
    await s.owner.query(
      `UPDATE es_events SET metadata = jsonb_set(metadata, '{actorUser}', '"someone-else"') WHERE stream_id = $1 AND stream_version = 2`,
      [s.streams[2]],
    );
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'EVENT_ALTERED', streamId: s.streams[2], streamVersion: 2 });
  });

  it('detects a deleted event', async () => {
    s = await scene();
    await s.owner.query(`DELETE FROM es_events WHERE stream_id = $1 AND stream_version = 2`, [s.streams[0]]);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'SEQUENCE_BROKEN', streamId: s.streams[0], streamVersion: 3 });
    expect(report.fault!.messageEn).toContain('should continue with version 2 but has version 3');
  });

  it('detects two swapped events', async () => {
    s = await scene();
    const swap = `UPDATE es_events SET stream_version = CASE stream_version WHEN 2 THEN 4 WHEN 4 THEN 2 END
                   WHERE stream_id = $1 AND stream_version IN (2, 4)`;
    await s.owner.query(`ALTER TABLE es_events DROP CONSTRAINT es_events_stream_version_key`);
    await s.owner.query(swap, [s.streams[1]]);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'SEQUENCE_BROKEN', streamId: s.streams[1] });
  });

  it('detects a whole stream removed, with its head, through the checkpoint that sealed it', async () => {
    s = await scene();
    await s.owner.query(`DELETE FROM es_events WHERE stream_id = $1`, [s.streams[2]]);
    await s.owner.query(`DELETE FROM es_streams WHERE stream_id = $1`, [s.streams[2]]);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'CHECKPOINT_MISMATCH', checkpointSeq: 1 });
    expect(report.fault!.messageEn).toContain('sealed 15 events; the log now holds 10');
  });

  it('detects a truncated tail through the stream head', async () => {
    s = await scene();
    await s.owner.query(`DELETE FROM es_events WHERE stream_id = $1 AND stream_version = 6`, [s.streams[0]]);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'STREAM_HEAD_MISMATCH', streamId: s.streams[0] });
  });

  it('detects an edited checkpoint', async () => {
    s = await scene();
    await s.owner.query(`ALTER TABLE es_log_checkpoints DISABLE TRIGGER es_log_checkpoints_append_only`);
    await s.owner.query(`UPDATE es_log_checkpoints SET event_count = 10 WHERE seq = 1`);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'CHECKPOINT_ALTERED', checkpointSeq: 1 });
  });

  it('seals only what is new, chaining each checkpoint to the last', async () => {
    s = await scene();
    const sealer = new LogSealer(s.fx.pool, s.fx.store, new SystemClock());
    const second = await sealer.sealPending();
    expect(second).toMatchObject({ seq: 2, eventCount: 1 });
    expect(await sealer.sealPending()).toBeNull();
    await s.owner.query(`ALTER TABLE es_events ENABLE TRIGGER es_events_append_only`);
    expect((await s.verifier.verify()).ok).toBe(true);
  });
});
