import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AuditBundle, BundleExporter } from '@app/audit';
import { demoUnitId } from '@app/demo';
import { canonicalJson, LogSealer, LogSigningKey } from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { auditVerifyCommand } from '../apps/cli/src/audit-verify-command';
import { ApiFixture, login, Session, startApi } from './support/api-fixture';
import { rewriteHistory } from './support/log-attacker';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * The signed export and the offline verifier, played against an auditor's worst cases: a bundle edited by hand,
 * re-signed with another key, and a database edited before export — a hidden tail, swapped events, a vanished
 * stream, and an operator who recomputes every hash.
 */
const clock = new ManualClock('2026-10-12T01:00:00.000Z');
let api: ApiFixture;
let owner: Client;
let centre: Session;
let township: Session;
let dir: string;
let keyFile: string;
const incidents: Record<'intact' | 'tail' | 'swap' | 'vanish' | 'rewrite', { id: string; task: string }> =
  {} as never;

async function incidentWithTask(title: string): Promise<{ id: string; task: string }> {
  const id = await listedIncident(api.url, centre.token, { title, discoveredAt: clock.now() });
  const task = ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId: id, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实' },
      'id',
    ),
  ).dispatchTask.id;
  ok(await mutate(api.url, township.token, 'signTask', { taskId: task }, 'id'));
  ok(
    await mutate(
      api.url,
      township.token,
      'reportTaskProgress',
      { taskId: task, online: [], offline: ['走访'], note: '核实中' },
      'id',
    ),
  );
  ok(
    await mutate(
      api.url,
      township.token,
      'handInTask',
      { taskId: task, factsFound: '属实', measures: '已处理', result: '已回应', evidence: [] },
      'id',
    ),
  );
  return { id, task };
}

const exportBundle = async (id: string): Promise<AuditBundle> =>
  api.server.app.get(BundleExporter).export(id);

function save(name: string, bundle: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(bundle));
  return file;
}

const verify = (file: string, ...extra: string[]) => auditVerifyCommand([file, '--key', keyFile, ...extra]);

/** Re-signs a bundle's body with some key, as someone holding that key could. */
function resign(b: AuditBundle, key: LogSigningKey, replaceKey: boolean): AuditBundle {
  const body: Omit<AuditBundle, 'signature'> & { signature?: string } = { ...b };
  delete body.signature;
  const next = replaceKey ? { ...body, keyId: key.keyId, publicKeyPem: key.publicKeyPem } : body;
  return { ...next, signature: key.sign('bundle', canonicalJson(next)) };
}

beforeAll(async () => {
  api = await startApi({ label: 'bundle', clock });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  [centre, township] = await Promise.all(['zhouming', 'lina'].map((u) => login(api.url, u)));
  for (const name of ['intact', 'tail', 'swap', 'vanish', 'rewrite'] as const)
    incidents[name] = await incidentWithTask(`征地补偿网帖（${name}）`);
  await api.server.app.get(LogSealer).sealPending();
  dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  keyFile = join(dir, 'deployment.pub.pem');
  writeFileSync(keyFile, api.integrity.signingKey.publicKeyPem);
  await owner.query(`ALTER TABLE es_events DISABLE TRIGGER es_events_append_only`);
});

afterAll(async () => {
  await owner.end();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an untouched incident', () => {
  it('exports and verifies offline, against the published key and the witness', async () => {
    const b = await exportBundle(incidents.intact.id);
    expect(b.events.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(b.sealed)).toEqual(['1']);
    const file = save('intact.json', b);
    const r = await verify(file, '--witness', api.integrity.witnessFile);
    expect(r.output).toContain('完好 / INTACT');
    expect(r.code).toBe(0);
    const json = JSON.parse((await verify(file, '--json')).output) as {
      ok: boolean;
      streamsChecked: number;
      keyPinned: boolean;
    };
    expect(json).toMatchObject({ ok: true, streamsChecked: 2, keyPinned: true });
  });

  it('refuses to run without being told which key to expect', async () => {
    const r = await auditVerifyCommand([save('intact2.json', await exportBundle(incidents.intact.id))]);
    expect(r.code).toBe(2);
    expect(r.output).toContain('--key');
  });
});

describe('a forged bundle', () => {
  it('an event edited in the file breaks the bundle signature', async () => {
    const b = await exportBundle(incidents.intact.id);
    (b.events[2].data as Record<string, unknown>).requirements = '无需处理';
    const r = await verify(save('edited.json', b));
    expect(r.code).toBe(1);
    expect(r.output).toContain('BUNDLE_SIGNATURE_INVALID');
    expect(r.output).toContain('导出文件的签名不是指定公钥');
  });

  it('re-signed with another key: refused against the published key; its checkpoints still betray it', async () => {
    const b = await exportBundle(incidents.intact.id);
    b.events[0].metadata = { ...(b.events[0].metadata as object), actorUser: 'someone-else' };
    const forged = save('resigned.json', resign(b, LogSigningKey.generate(), true));
    expect((await verify(forged)).output).toContain('BUNDLE_SIGNATURE_INVALID');
    const selfTrusting = await auditVerifyCommand([forged, '--trust-bundle-key']);
    expect(selfTrusting.code).toBe(1);
    expect(selfTrusting.output).toContain('CHECKPOINT_SIGNATURE_INVALID');
  });

  it('an export that leaves out the last event of a task, even signed with the deployment key, is caught', async () => {
    const b = await exportBundle(incidents.intact.id);
    const stream = `task-${incidents.intact.task}`;
    const last = b.events.filter((e) => e.streamId === stream).pop()!;
    b.events = b.events.filter((e) => e !== last);
    const before = b.events.filter((e) => e.streamId === stream).pop()!;
    b.streams = b.streams.map((x) =>
      x.streamId === stream ? { ...x, version: before.streamVersion, lastHash: before.hash } : x,
    );
    const r = await verify(save('withheld.json', resign(b, api.integrity.signingKey, false)));
    expect(r.code).toBe(1);
    expect(r.output).toContain('SEQUENCE_BROKEN');
    expect(r.output).toContain('事件被删除或隐去');
  });

  it('a file that is not a bundle is named as such', async () => {
    const r = await verify(save('other.json', { format: 'something-else' }));
    expect(r.code).toBe(1);
    expect(r.output).toContain('BUNDLE_MALFORMED');
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '{ not json');
    expect((await verify(garbage)).code).toBe(2);
  });
});

describe('a checkpoint removed', () => {
  it('a checkpoint deleted after it was witnessed is missed by the witness', async () => {
    ok(
      await mutate(
        api.url,
        centre.token,
        'reviewTask',
        { taskId: incidents.intact.task, accept: true, reason: '' },
        'id',
      ),
    );
    expect(await api.server.app.get(LogSealer).sealPending()).toMatchObject({ seq: 2 });
    await owner.query(`ALTER TABLE es_log_checkpoints DISABLE TRIGGER es_log_checkpoints_append_only`);
    await owner.query(`DELETE FROM es_log_checkpoints WHERE seq = 2`);
    clock.advance(5 * 60_000); // exported a few minutes later (the verifier allows a minute of clock difference)
    const file = save('unsealed.json', await exportBundle(incidents.intact.id));
    // Without the witness the review simply looks unsealed (and is reported as such) ...
    const alone = JSON.parse((await verify(file, '--json')).output) as {
      ok: boolean;
      unsealedEvents: number;
    };
    expect(alone.ok).toBe(true);
    expect(alone.unsealedEvents).toBeGreaterThan(0);
    // ... with it, the checkpoint that sealed it is missed.
    const witnessed = await verify(file, '--witness', api.integrity.witnessFile);
    expect(witnessed.code).toBe(1);
    expect(witnessed.output).toContain('CHECKPOINT_MISSING');
  });
});

describe('a database edited before export', () => {
  const exportAndVerify = async (name: keyof typeof incidents) =>
    JSON.parse(
      (await verify(save(`${name}.json`, await exportBundle(incidents[name].id)), '--json')).output,
    ) as {
      ok: boolean;
      fault?: {
        kind: string;
        streamId: string;
        streamVersion: number;
        message: string;
        checkpointSeq: number;
      };
    };

  it('a task whose hand-in was deleted (with its head moved back) fails the checkpoint that sealed it', async () => {
    const stream = `task-${incidents.tail.task}`;
    await owner.query(`DELETE FROM es_events WHERE stream_id = $1 AND event_type = 'TaskHandedIn'`, [stream]);
    await owner.query(
      `UPDATE es_streams SET version = version - 1,
              last_hash = (SELECT hash FROM es_events WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1)
        WHERE stream_id = $1`,
      [stream],
    );
    const r = await exportAndVerify('tail');
    expect(r.fault).toMatchObject({ kind: 'CHECKPOINT_MISMATCH', checkpointSeq: 1 });
    expect(r.fault!.message).toContain('事件被删除');
  });

  it('two swapped events break the chain', async () => {
    const stream = `task-${incidents.swap.task}`;
    await owner.query(`ALTER TABLE es_events DROP CONSTRAINT IF EXISTS es_events_stream_version_key`);
    await owner.query(
      `UPDATE es_events SET stream_version = CASE stream_version WHEN 2 THEN 3 WHEN 3 THEN 2 END
        WHERE stream_id = $1 AND stream_version IN (2, 3)`,
      [stream],
    );
    const r = await exportAndVerify('swap');
    expect(r.ok).toBe(false);
    expect(['CHAIN_BROKEN', 'EVENT_ALTERED']).toContain(r.fault!.kind);
    expect(r.fault!.streamId).toBe(stream);
  });

  it('a task stream removed whole is missed by name', async () => {
    const stream = `task-${incidents.vanish.task}`;
    await owner.query(`DELETE FROM es_events WHERE stream_id = $1`, [stream]);
    await owner.query(`DELETE FROM es_streams WHERE stream_id = $1`, [stream]);
    const r = await exportAndVerify('vanish');
    expect(r.fault).toMatchObject({ kind: 'STREAM_MISSING', streamId: stream });
  });

  it('an operator who rewrites an event and recomputes every hash and checkpoint is caught by the signature', async () => {
    const stream = `task-${incidents.rewrite.task}`;
    const { rows } = await owner.query<{ v: string }>(
      `SELECT stream_version AS v FROM es_events WHERE stream_id = $1 AND event_type = 'TaskHandedIn'`,
      [stream],
    );
    // rewriteHistory also recomputes every checkpoint over the log as it now stands (earlier cases included).
    await rewriteHistory(owner, stream, Number(rows[0].v), (d) => (d.result = '群众满意，无遗留问题'));
    const b = await exportBundle(incidents.rewrite.id);
    expect(b.events.some((e) => (e.data as { result?: string }).result === '群众满意，无遗留问题')).toBe(
      true,
    );
    const r = JSON.parse((await verify(save('rewrite.json', b), '--json')).output) as {
      fault: { kind: string; message: string };
    };
    expect(r.fault.kind).toBe('CHECKPOINT_SIGNATURE_INVALID');
    expect(r.fault.message).toContain('签名不是本部署密钥');
    expect(readFileSync(api.integrity.witnessFile, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('SM3', () => {
  it('a deployment hashing with SM3 exports a bundle the verifier accepts', async () => {
    const sm3 = await startApi({ label: 'bundle-sm3', hashAlgorithm: 'sm3' });
    try {
      const s = await login(sm3.url, 'zhouming');
      const id = await listedIncident(sm3.url, s.token, { title: '国密测试', discoveredAt: new Date() });
      await sm3.server.app.get(LogSealer).sealPending();
      const b = await sm3.server.app.get(BundleExporter).export(id);
      expect(b.events.every((e) => e.hash.startsWith('sm3:'))).toBe(true);
      expect(b.checkpoints[0].hash).toMatch(/^sm3:/);
      const pub = join(dir, 'sm3.pub.pem');
      writeFileSync(pub, sm3.integrity.signingKey.publicKeyPem);
      const r = await auditVerifyCommand([save('sm3.json', b), '--key', pub]);
      expect(r.output).toContain('INTACT');
    } finally {
      await sm3.close();
    }
  });
});
