import { DataScope, Principal, ScopedDb } from '@app/access';
import { ReplicaReads } from '@app/database';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { listedIncidentOnBus } from '../../../test/support/capability-steps';
import { DashboardService } from './dashboard.service';

/**
 * `ScopedDb.read` (ADR 0028) without a standby, as `npm start` alone runs it: every read on the primary, in a
 * read-only transaction with the caller's row-security scope — a query that says nothing of the county still finds
 * only the caller's rows, another county's unit finds none, and a write slipped into a read path is refused.
 */
let t: CapabilityFixture;
let centre: Principal; // 周明, 清水县 county centre
let db: ScopedDb;
let incidentId: string;

beforeAll(async () => {
  t = await openCapability('scoped-reads');
  centre = await t.as('zhouming');
  db = t.app.get(ScopedDb);
  incidentId = await listedIncidentOnBus(t, centre, { title: '县城供水水质投诉（读库）' });
});
afterAll(() => t?.close());

const qingshui: DataScope = { scope: 'county', countyId: 'qingshui', unitId: 'any' };
/** A unit of another county (河西县): row security gives it nothing of 清水县. */
const hexiUnit: DataScope = { scope: 'unit', countyId: 'hexi', unitId: 'hexi-township' };
const hexiCounty: DataScope = { scope: 'county', countyId: 'hexi', unitId: 'hexi-centre' };

// No WHERE on the county or unit: only the scope narrows what comes back.
const incidentsSeen = (scope: DataScope) =>
  db.read(scope, (m) =>
    m.query<{ incident_id: string }[]>(`SELECT incident_id FROM incident_view WHERE incident_id = $1`, [
      incidentId,
    ]),
  );

it('goes to the primary when no standby is configured', async () => {
  const reads = t.app.get(ReplicaReads);
  expect(reads.configured).toBe(false);
  const before = reads.tally();
  await incidentsSeen(qingshui);
  expect(reads.tally()).toEqual({ replica: 0, primary: before.primary + 1 });
});

it('applies row security: the county sees its incident, a unit or the centre of another county nothing', async () => {
  expect(await incidentsSeen(qingshui)).toEqual([{ incident_id: incidentId }]);
  expect(await incidentsSeen(hexiUnit)).toEqual([]);
  expect(await incidentsSeen(hexiCounty)).toEqual([]);
});

it('the dashboard, a read moved onto it, counts for another county’s unit nothing of this one', async () => {
  const dashboards = t.app.get(DashboardService);
  const mine = await dashboards.dashboard({ ...qingshui, unitId: centre.unitId }, t.clock.now(), 30);
  expect(mine.openIncidents.reduce((n, g) => n + g.count, 0)).toBeGreaterThan(0);
  // A unit's figures are the policy's alone (ADR 0027): no county condition in the SQL.
  const theirs = await dashboards.dashboard(hexiUnit, t.clock.now(), 30);
  expect(theirs.openIncidents).toEqual([]);
  expect(theirs.trend).toEqual([]);
});

it('is read-only on the primary too: a write inside a read is refused, and nothing of it stays', async () => {
  await expect(
    db.read(qingshui, (m) =>
      m.query(`UPDATE incident_view SET title = 'changed' WHERE incident_id = $1`, [incidentId]),
    ),
  ).rejects.toMatchObject({ code: '25006' });
  const [row] = await t.sql<{ title: string }>(`SELECT title FROM incident_view WHERE incident_id = $1`, [
    incidentId,
  ]);
  expect(row.title).toBe('县城供水水质投诉（读库）');
});
