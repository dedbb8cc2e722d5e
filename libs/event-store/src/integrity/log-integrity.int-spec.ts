import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SystemClock } from '@app/kernel';
import { FileCheckpointWitness, hashEvent, LogSealer, LogSigningKey, LogVerifier } from '@app/event-store';
import { appendRequest, openStore, StoreFixture } from '../../../../test/support/event-store-fixture';
import { rewriteHistory } from '../../../../test/support/log-attacker';
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
  key: LogSigningKey;
  witness: FileCheckpointWitness;
  sealer: LogSealer;
  /** Checks signatures with the deployment's public key and compares with the witness. */
  verifier: LogVerifier;
  close(): Promise<void>;
}

async function scene(hashAlgorithm: 'sha256' | 'sm3' = 'sha256'): Promise<Scene> {
  const db = await createTestDatabase('tamper');
  const fx = openStore(db, { hashAlgorithm });
  const dir = mkdtempSync(join(tmpdir(), 'witness-'));
  const key = LogSigningKey.generate();
  const witness = new FileCheckpointWitness(join(dir, 'witness.jsonl'));
  const sealer = new LogSealer(fx.pool, fx.store, new SystemClock(), { signingKey: key, witness });
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
  await sealer.sealPending();
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
    key,
    witness,
    sealer,
    verifier: new LogVerifier(fx.pool, { publicKey: key.publicKey, witness }),
    close: async () => {
      await owner.end();
      await fx.close();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let s: Scene;
afterEach(async () => s && (await s.close()));

describe('log verification', () => {
  it('an untouched log verifies', async () => {
    s = await scene();
    const report = await s.verifier.verify();
    expect(report).toMatchObject({
      ok: true,
      eventsChecked: 16,
      streamsChecked: 3,
      checkpointsChecked: 1,
      witnessedCheckpoints: 1,
      unsignedCheckpoints: 0,
      unsealedEvents: 1,
    });
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
    const sealer = s.sealer;
    const second = await sealer.sealPending();
    expect(second).toMatchObject({ seq: 2, eventCount: 1 });
    expect(await sealer.sealPending()).toBeNull();
    await s.owner.query(`ALTER TABLE es_events ENABLE TRIGGER es_events_append_only`);
    expect((await s.verifier.verify()).ok).toBe(true);
  });
});

describe('an operator who recomputes every hash', () => {
  it('is caught by the checkpoint signature: an unsigned chain would have verified', async () => {
    s = await scene();
    await rewriteHistory(s.owner, s.streams[1], 2, (d) => (d.text = '从未签收'));
    // Hashes alone: the rewritten log is self-consistent.
    const hashesOnly = await new LogVerifier(s.fx.pool).verify();
    expect(hashesOnly.ok).toBe(true);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'CHECKPOINT_SIGNATURE_INVALID', checkpointSeq: 1 });
    expect(report.fault!.message).toContain('签名不是本部署密钥');
  });

  it('is caught when re-signing with a key of their own', async () => {
    s = await scene();
    await rewriteHistory(s.owner, s.streams[0], 1, (d) => (d.text = '伪造'), LogSigningKey.generate());
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'CHECKPOINT_SIGNATURE_INVALID', checkpointSeq: 1 });
  });

  it('is caught when stripping the signatures so the chain looks older than signing', async () => {
    s = await scene();
    await s.sealer.sealPending();
    await rewriteHistory(s.owner, s.streams[0], 6, (d) => (d.text = '改'));
    await s.owner.query(`UPDATE es_log_checkpoints SET signature = NULL, key_id = NULL WHERE seq = 2`);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'CHECKPOINT_UNSIGNED', checkpointSeq: 2 });
  });

  it('is caught through the witness when a sealed tail is cut off with its checkpoint', async () => {
    s = await scene();
    await s.sealer.sealPending(); // checkpoint 2 seals the tail event (stream 0, version 6)
    await s.owner.query(`ALTER TABLE es_log_checkpoints DISABLE TRIGGER es_log_checkpoints_append_only`);
    await s.owner.query(`DELETE FROM es_events WHERE stream_id = $1 AND stream_version = 6`, [s.streams[0]]);
    await s.owner.query(`DELETE FROM es_log_checkpoints WHERE seq = 2`);
    await s.owner.query(
      `UPDATE es_streams SET version = 5, last_hash = (SELECT hash FROM es_events WHERE stream_id = $1 AND stream_version = 5) WHERE stream_id = $1`,
      [s.streams[0]],
    );
    // Inside the database everything agrees again.
    expect((await new LogVerifier(s.fx.pool, { publicKey: s.key.publicKey }).verify()).ok).toBe(true);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'CHECKPOINT_MISSING', checkpointSeq: 2 });
    expect(report.fault!.message).toContain('日志尾部连同封存点被删除');
  });
});

describe('verifying part of the log', () => {
  it('checks the checkpoints sealed in a period, continuing streams from before it', async () => {
    s = await scene();
    const mid = new Date();
    await new Promise((r) => setTimeout(r, 5));
    await s.sealer.sealPending();
    for (let v = 6; v < 9; v++)
      await s.fx.store.append({ ...appendRequest({ streamId: s.streams[1] }), expectedVersion: v - 1 });
    await s.sealer.sealPending();
    const report = await s.verifier.verify({ from: mid });
    expect(report).toMatchObject({ ok: true, eventsChecked: 4, checkpointsChecked: 2 });
    expect(report.range).toMatchObject({ firstCheckpoint: 2, lastCheckpoint: 3, to: null });
    const onlySecond = await s.verifier.verify({ from: mid, to: mid });
    expect(onlySecond).toMatchObject({ ok: true, eventsChecked: 1, checkpointsChecked: 1 });
    // The events before the period are not read, but an edit inside it is found.
    await s.owner.query(
      `UPDATE es_events SET data = jsonb_set(data, '{v}', '99') WHERE stream_id = $1 AND stream_version = 7`,
      [s.streams[1]],
    );
    expect((await s.verifier.verify({ from: mid })).fault).toMatchObject({
      kind: 'EVENT_ALTERED',
      streamId: s.streams[1],
      streamVersion: 7,
    });
  });
});

describe('SM3', () => {
  it('a log hashed with SM3 seals and verifies, and an edit is still found', async () => {
    s = await scene('sm3');
    const report = await s.verifier.verify();
    expect(report.ok).toBe(true);
    const { rows } = await s.owner.query<{ hash: string; events_digest: string }>(
      `SELECT e.hash, c.events_digest FROM es_events e, es_log_checkpoints c LIMIT 1`,
    );
    expect(rows[0].hash).toMatch(/^sm3:[0-9a-f]{64}$/);
    expect(rows[0].events_digest).toMatch(/^sm3:/);
    await s.owner.query(
      `UPDATE es_events SET data = jsonb_set(data, '{text}', '"改"') WHERE stream_id = $1 AND stream_version = 1`,
      [s.streams[2]],
    );
    expect((await s.verifier.verify()).fault).toMatchObject({
      kind: 'EVENT_ALTERED',
      streamId: s.streams[2],
    });
  });
});

/** An event inserted behind the store's back, hashed properly, as an operator with write access could. */
async function forge(owner: Client, streamId: string, position?: number, transactionId = '0'): Promise<void> {
  const e = {
    eventId: '6f1c1a1e-0000-4000-8000-000000000001',
    streamId,
    streamType: 'UnitInbox',
    streamVersion: 1,
    type: 'InboxItemArrived',
    schemaVersion: 1,
    data: { incidentId: 'x', note: '伪造的送达' },
    metadata: { actorUser: 'u', actorUnit: 'unit-a', command: 'Forge', correlationId: 'c' },
    recordedAt: new Date('2026-01-01T00:00:00.000Z'),
    owningUnit: 'unit-a',
    prevHash: '',
  };
  const hash = hashEvent(e, 'sha256');
  const cols = `event_id, stream_id, stream_type, stream_version, event_type, schema_version, data, metadata,
                recorded_at, owning_unit, prev_hash, hash`;
  const values = [
    e.eventId,
    e.streamId,
    e.streamType,
    1,
    e.type,
    1,
    e.data,
    e.metadata,
    e.recordedAt,
    e.owningUnit,
    '',
    hash,
  ];
  if (position === undefined) {
    await owner.query(
      `INSERT INTO es_events (${cols}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
      values,
    );
  } else {
    await owner.query(
      `INSERT INTO es_events (global_position, transaction_id, ${cols}) OVERRIDING SYSTEM VALUE
       VALUES ($13, $14::text::xid8, $1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
      [...values, position, transactionId],
    );
  }
}

describe('events written around the store', () => {
  it('one placed before the start of the log, where no reader looks, is found', async () => {
    s = await scene();
    await forge(s.owner, 'inbox-forged', -5);
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({
      kind: 'EVENT_OUTSIDE_LOG',
      streamId: 'inbox-forged',
      position: '0:-5',
    });
  });

  it('one under a transaction id the database has not handed out yet (after the end of the log) is found', async () => {
    s = await scene();
    await forge(s.owner, 'inbox-forged', 9_000_000, String(2n ** 62n));
    await s.owner.query(
      `INSERT INTO es_streams (stream_id, stream_type, owning_unit, version, last_hash, created_at, updated_at)
       SELECT stream_id, stream_type, owning_unit, 1, hash, now(), now() FROM es_events WHERE stream_id = 'inbox-forged'`,
    );
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'EVENT_OUTSIDE_LOG', streamId: 'inbox-forged' });
    expect(report.fault!.message).toContain('尚未被数据库分配');
  });

  it('one in a stream that has no head is found', async () => {
    s = await scene();
    await forge(s.owner, 'inbox-forged');
    const report = await s.verifier.verify();
    expect(report.fault).toMatchObject({ kind: 'STREAM_HEAD_MISSING', streamId: 'inbox-forged' });
  });
});

describe('signatures and the witness', () => {
  it('stripping every signature and recomputing is caught even with no witness', async () => {
    s = await scene();
    await rewriteHistory(s.owner, s.streams[1], 2, (d) => (d.text = '从未签收'));
    await s.owner.query(`UPDATE es_log_checkpoints SET signature = NULL, key_id = NULL`);
    const noWitness = new LogVerifier(s.fx.pool, { publicKey: s.key.publicKey });
    expect((await noWitness.verify()).fault).toMatchObject({ kind: 'CHECKPOINT_UNSIGNED', checkpointSeq: 1 });
    // Only a deployment that published checkpoints as sealed before signing existed accepts them unsigned.
    const upgraded = new LogVerifier(s.fx.pool, { publicKey: s.key.publicKey, unsignedThrough: 1 });
    expect(await upgraded.verify()).toMatchObject({ ok: true, unsignedCheckpoints: 1 });
  });

  it('a witnessed signed checkpoint found unsigned is a replaced one', async () => {
    s = await scene();
    await s.owner.query(`ALTER TABLE es_log_checkpoints DISABLE TRIGGER es_log_checkpoints_append_only`);
    await s.owner.query(`UPDATE es_log_checkpoints SET signature = NULL, key_id = NULL`);
    const verifier = new LogVerifier(s.fx.pool, {
      publicKey: s.key.publicKey,
      witness: s.witness,
      unsignedThrough: 1,
    });
    expect((await verifier.verify()).fault).toMatchObject({ kind: 'CHECKPOINT_REPLACED', checkpointSeq: 1 });
  });

  it('a write to the witness cut short by a crash does not spoil it', async () => {
    s = await scene();
    appendFileSync(s.witness.file, '{"seq":2,"to":"torn');
    await s.sealer.sealPending();
    const lines = readFileSync(s.witness.file, 'utf8').split('\n');
    expect(lines.filter((l) => l.startsWith('{"seq":2,"to":"torn'))).toEqual(['{"seq":2,"to":"torn']);
    expect((await s.witness.read()).map((h) => h.seq)).toEqual([1, 2]);
    expect((await s.verifier.verify()).ok).toBe(true);
  });

  it('a new process hands the witness the checkpoints a crash left unwitnessed', async () => {
    s = await scene();
    // Sealed, but the process died before witnessing (a sealer without the witness stands in for it).
    await s.fx.store.append({ ...appendRequest({ streamId: s.streams[1] }), expectedVersion: 5 });
    await new LogSealer(s.fx.pool, s.fx.store, new SystemClock(), { signingKey: s.key }).sealPending();
    await s.fx.store.append({ ...appendRequest({ streamId: s.streams[2] }), expectedVersion: 5 });
    const restarted = new LogSealer(s.fx.pool, s.fx.store, new SystemClock(), {
      signingKey: s.key,
      witness: s.witness,
    });
    expect(await restarted.sealPending()).toMatchObject({ seq: 3 });
    expect((await s.witness.read()).map((h) => h.seq)).toEqual([1, 2, 3]);
  });
});
