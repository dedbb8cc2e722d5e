import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { verifyBundle } from '@app/audit';
import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * The auditor's 导出签名包 button: `incidentBundle` over GraphQL gives the same signed file as `npm run audit:export`
 * (sealed first, so nothing is left unsealed), which the offline verifier accepts against the published key. Only
 * those who may audit get it, and the export is itself recorded in the log.
 */
let api: ApiFixture;
let owner: Client;
let centre: Session;
let incidentId: string;

const BUNDLE = `query B($id: ID!) { incidentBundle(id: $id) { fileName content events checkpoints keyId exportedAt } }`;
interface BundleFile {
  fileName: string;
  content: string;
  events: number;
  checkpoints: number;
  keyId: string;
  exportedAt: string;
}

beforeAll(async () => {
  api = await startApi({ label: 'bundledl' });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  centre = await login(api.url, 'zhouming');
  incidentId = await listedIncident(api.url, centre.token, {
    title: '东湖镇征地补偿网帖',
    discoveredAt: new Date(),
  });
  ok(
    await mutate(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并反馈' },
      'id',
    ),
  );
});
afterAll(async () => {
  await owner?.end();
  await api?.close();
});

it('gives the auditor the signed bundle, every event sealed, which verifies offline against the published key', async () => {
  const auditor = await login(api.url, 'qianjun');
  const res = ok(await gql<{ incidentBundle: BundleFile }>(api.url, BUNDLE, { id: incidentId }, auditor));
  const file = res.incidentBundle;
  // Named for people: the incident's title and the Beijing date and minute of the export (issue 20 §7, §8).
  const stamp = new Date(Date.parse(file.exportedAt) + 8 * 3_600_000)
    .toISOString()
    .replace(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}).*$/, '$1$2$3-$4$5');
  expect(file.fileName).toBe(`东湖镇征地补偿网帖-审计包-${stamp}.bundle.json`);
  const bundle = JSON.parse(file.content) as { incidentId: string; events: unknown[]; keyId: string };
  expect(bundle.incidentId).toBe(incidentId);
  expect(file.events).toBe(bundle.events.length);
  expect(file.events).toBeGreaterThanOrEqual(4); // reported, assessed, listed, dispatched (+ the task's own)
  expect(file.keyId).toBe(api.integrity.signingKey.keyId);
  expect(file.checkpoints).toBeGreaterThanOrEqual(1);

  const report = verifyBundle(JSON.parse(file.content), {
    trustedKeyPem: api.integrity.signingKey.publicKeyPem,
  });
  expect(report).toMatchObject({ ok: true, keyPinned: true, unsealedEvents: 0, incidentId });
  expect(report.eventsChecked).toBe(file.events);

  // The export is an auditor's read like any other: recorded, with what was exported.
  const reads = await owner.query<{ data: { fields: { field: string; args: Record<string, unknown> }[] } }>(
    `SELECT data FROM es_events WHERE stream_id = $1 ORDER BY global_position`,
    [`auditor-reads-${auditor.userId}`],
  );
  expect(reads.rows.map((r) => r.data.fields)).toContainEqual([
    { field: 'incidentBundle', args: { id: incidentId } },
  ]);
});

it('the centre leader may export; the township that holds the task and a centre handler may not', async () => {
  const [leader, township, handler] = await Promise.all(
    ['zhenghua', 'lina', 'wujing'].map((u) => login(api.url, u)),
  );
  expect(
    ok(await gql<{ incidentBundle: BundleFile }>(api.url, BUNDLE, { id: incidentId }, leader)).incidentBundle
      .events,
  ).toBeGreaterThan(0);
  for (const s of [township, handler]) {
    const r = await gql(api.url, BUNDLE, { id: incidentId }, s);
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUDIT.AUDITORS_ONLY' });
  }
});

describe('审计包核验 in the console: the auditor hands the file back and reads the verdict (issue 20 §8)', () => {
  const check = (s: Session | null, body: Buffer | string, format?: string) =>
    fetch(new URL(`/files/audit-bundles/verification${format ? `?format=${format}` : ''}`, api.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        ...(s ? { authorization: `Bearer ${s.token}` } : {}),
      },
      body,
    });
  let auditor: Session;
  let file: BundleFile;
  beforeAll(async () => {
    auditor = await login(api.url, 'qianjun');
    file = ok(
      await gql<{ incidentBundle: BundleFile }>(api.url, BUNDLE, { id: incidentId }, auditor),
    ).incidentBundle;
  });

  it('finds the exported file intact against this deployment’s key and witness, naming its fingerprint', async () => {
    const res = await check(auditor, file.content);
    expect(res.status).toBe(200);
    const r = (await res.json()) as Record<string, unknown>;
    expect(r).toMatchObject({
      ok: true,
      incidentId,
      incidentTitle: '东湖镇征地补偿网帖',
      keyId: api.integrity.signingKey.keyId,
      keyPinned: true,
      eventsChecked: file.events,
      fingerprint: `sha256:${createHash('sha256').update(file.content).digest('hex')}`,
      size: Buffer.byteLength(file.content),
    });
    expect(r.witnessHeads).toBeGreaterThanOrEqual(1);
    expect(r.fault).toBeUndefined();
    // The check is in the auditor's own trail, with the fingerprint of what was checked.
    const reads = await owner.query<{ data: { fields: { field: string; args: Record<string, unknown> }[] } }>(
      `SELECT data FROM es_events WHERE stream_id = $1 ORDER BY global_position`,
      [`auditor-reads-${auditor.userId}`],
    );
    expect(reads.rows.map((row) => row.data.fields[0])).toContainEqual({
      field: 'bundleVerification',
      args: { fingerprint: r.fingerprint, ok: true, incidentId, format: 'json' },
    });
  });

  it('says what is wrong with an altered file, and with one that is not a bundle at all', async () => {
    const altered = JSON.parse(file.content) as { events: { type: string; data: Record<string, unknown> }[] };
    const reported = altered.events.find((e) => e.type === 'IncidentReported')!;
    reported.data.title = '东湖镇征地补偿（已处理）';
    const r = (await (await check(auditor, JSON.stringify(altered))).json()) as {
      ok: boolean;
      fault: { kind: string; message: string };
    };
    expect(r.ok).toBe(false);
    expect(r.fault.kind).toBe('BUNDLE_SIGNATURE_INVALID');
    expect(r.fault.message).toContain('文件被改动');

    const junk = (await (await check(auditor, '这不是审计包')).json()) as typeof r;
    expect(junk).toMatchObject({ ok: false, fault: { kind: 'BUNDLE_MALFORMED' } });
    expect(junk.fault.message).toContain('不是有效的 JSON 文件');
  });

  it('refuses an empty upload, an unknown format, a township and no session, each with its code', async () => {
    const empty = await check(auditor, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ reason: 'DOCUMENT.BUNDLE_EMPTY' });
    const docx = await check(auditor, file.content, 'docx');
    expect(docx.status).toBe(404);
    const township = await login(api.url, 'lina');
    const refused = await check(township, file.content);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'AUDIT.VERIFY_NOT_PERMITTED' });
    expect((await check(null, file.content)).status).toBe(401);
  });
});
