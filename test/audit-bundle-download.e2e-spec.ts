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
