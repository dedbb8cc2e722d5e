import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { BundleExporter } from '@app/audit';
import { APP_POOL } from '@app/database';
import {
  CheckpointRow,
  LogSealer,
  LogSigningKey,
  LogVerifier,
  toCheckpoint,
  witnessedHead,
} from '@app/event-store';
import { HttpIndependentWitness } from '@app/witness';
import { auditVerifyCommand } from '../apps/cli/src/audit-verify-command';
import { ApiFixture, login, Session, startApi } from './support/api-fixture';
import { rewriteHistory } from './support/log-attacker';
import { listedIncident } from './support/loop-steps';

/**
 * Two deployments: the county's (清水县) seals its log and shows every checkpoint to the city office's deployment,
 * which countersigns it with its own key. The county's operator holds the county's key, the database and the local
 * witness file — everything but the city's key — and rewrites history with all of them. The city's receipts still
 * show it.
 */
const countyKey = LogSigningKey.generate();
let city: ApiFixture;
let county: ApiFixture;
let owner: Client;
let centre: Session;

beforeAll(async () => {
  city = await startApi({
    label: 'witnesscity',
    seed: false,
    witnessPeers: [{ name: '清水县', publicKey: countyKey.publicKey, keyId: countyKey.keyId }],
  });
  county = await startApi({
    label: 'witnesscounty',
    signingKey: countyKey,
    independentWitness: new HttpIndependentWitness(city.server.url, city.integrity.signingKey.publicKey),
  });
  owner = new Client({ connectionString: county.db.ownerUrl });
  await owner.connect();
  centre = await login(county.url, 'zhouming');
});
let cityAway = false;
afterAll(async () => {
  await owner.end();
  await county.close();
  if (!cityAway) await city.close();
});

const seal = () => county.server.app.get(LogSealer).sealPending();
const verify = () => county.server.app.get(LogVerifier).verify();
const countersignedAtCity = async () => {
  const c = new Client({ connectionString: city.db.ownerUrl });
  await c.connect();
  try {
    return (
      await c.query<{ seq: string; hash: string }>(
        `SELECT seq, hash FROM witness_countersigned WHERE peer_key_id = $1 ORDER BY seq`,
        [countyKey.keyId],
      )
    ).rows;
  } finally {
    await c.end();
  }
};

it('the city countersigns each checkpoint the county seals; verification says how far it has seen', async () => {
  const first = await seal();
  await listedIncident(county.url, centre.token, { title: '西山镇环保投诉', discoveredAt: new Date() });
  const second = await seal();
  expect([first!.seq, second!.seq]).toEqual([1, 2]);
  expect(await countersignedAtCity()).toEqual([
    { seq: '1', hash: first!.hash },
    { seq: '2', hash: second!.hash },
  ]);
  const kept = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_witness_receipts`);
  expect(kept.rows[0].n).toBe(2);

  const report = await verify();
  expect(report.ok).toBe(true);
  expect(report.independentWitness).toMatchObject({
    reachable: true,
    countersignedThrough: 2,
    notCountersigned: 0,
  });
  // Offline, from an exported bundle: the receipts travel with it and are checked against the city's key.
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-witness-'));
  try {
    const incidentId = (
      await owner.query<{ id: string }>(
        `SELECT data->>'incidentId' AS id FROM es_events WHERE event_type = 'IncidentReported' LIMIT 1`,
      )
    ).rows[0].id;
    const file = join(dir, 'bundle.json');
    writeFileSync(file, JSON.stringify(await county.server.app.get(BundleExporter).export(incidentId)));
    writeFileSync(join(dir, 'county.pem'), countyKey.publicKeyPem);
    writeFileSync(join(dir, 'city.pem'), city.integrity.signingKey.publicKeyPem);
    const pinned = ['--key', join(dir, 'county.pem')];
    const checked = await auditVerifyCommand([file, ...pinned, '--witness-key', join(dir, 'city.pem')]);
    expect(checked.code).toBe(0);
    expect(checked.output).toContain('副签至第 2 号封存点');
    // Another key than the city's: the receipts are not that witness's, so it countersigned nothing.
    writeFileSync(join(dir, 'other.pem'), LogSigningKey.generate().publicKeyPem);
    const other = await auditVerifyCommand([file, ...pinned, '--witness-key', join(dir, 'other.pem')]);
    expect(other.output).toContain('未副签任何封存点');
    expect(other.output).toContain('尚无独立见证');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("a history rewritten and signed again with the county's own key is exposed by the city's receipts", async () => {
  const { rows } = await owner.query<{ stream_id: string }>(
    `SELECT stream_id FROM es_events WHERE event_type = 'IncidentReported' ORDER BY global_position LIMIT 1`,
  );
  // The operator edits the report, recomputes every hash and checkpoint, signs them with the deployment's key,
  // rewrites the local witness file to match and removes the receipts kept in the database.
  await owner.query(`ALTER TABLE es_events DISABLE TRIGGER es_events_append_only`);
  await rewriteHistory(owner, rows[0].stream_id, 1, (d) => (d.title = '（已删改）'), countyKey);
  const checkpoints = (await owner.query<CheckpointRow>(`SELECT * FROM es_log_checkpoints ORDER BY seq`))
    .rows;
  writeFileSync(
    county.integrity.witnessFile,
    checkpoints.map((r) => `${JSON.stringify(witnessedHead(toCheckpoint(r)))}\n`).join(''),
  );
  await owner.query(`ALTER TABLE es_witness_receipts DISABLE TRIGGER es_witness_receipts_append_only`);
  await owner.query(`DELETE FROM es_witness_receipts`);

  // Everything the county holds agrees with itself: its key, its chain, its witness file …
  const selfOnly = new LogVerifier(county.server.app.get<Pool>(APP_POOL), {
    publicKey: countyKey.publicKey,
    witness: county.integrity.witness,
  });
  expect((await selfOnly.verify()).ok).toBe(true);
  // … the city's record does not.
  const report = await verify();
  expect(report.ok).toBe(false);
  // The report was sealed in the second checkpoint; the first, untouched, still matches.
  expect(report.fault).toMatchObject({ kind: 'CHECKPOINT_REPLACED', checkpointSeq: 2 });
  expect(report.fault!.message).toContain('独立见证方');
  expect(report.fault!.message).toContain('历史被改写');

  // The county's sealer shows the rewritten checkpoints to the city, which refuses and keeps them as evidence.
  await seal();
  const c = new Client({ connectionString: city.db.ownerUrl });
  await c.connect();
  try {
    const refusals = await c.query<{ seq: string; kind: string }>(
      `SELECT seq, refusal->>'kind' AS kind FROM witness_refusals WHERE peer_key_id = $1`,
      [countyKey.keyId],
    );
    expect(refusals.rows).toEqual([{ seq: '2', kind: 'CONFLICT' }]);
  } finally {
    await c.end();
  }
});

it('with the city away, the report says how much history no independent witness has seen', async () => {
  await city.close();
  cityAway = true;
  const report = await verify();
  expect(report.independentWitness).toMatchObject({ reachable: false, countersignedThrough: null });
  expect(report.independentWitness!.notCountersigned).toBeGreaterThan(0);
});
