import { Role } from '@app/access';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { ProjectionRunner } from '@app/event-store';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { establishOtherCounty } from './support/other-county';

/**
 * The incident list's Chinese title search and who it finds (ADR 0027): a substring of the title or excerpt, found
 * within what the caller may see — the county for its county-wide people, the unit's own incidents for a township
 * (through incident_view_units) — and never another county's.
 */
const REPORT = `mutation Report($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`;
const LIST = `query List($filter: IncidentFilter) {
  incidents(first: 50, filter: $filter) { totalCount edges { node { id title } } } }`;

const post = (title: string, excerpt = '') => ({
  channel: 'MONITORING',
  platform: 'WEIBO',
  urls: [],
  title,
  excerpt,
  discoveredAt: '2026-11-22T01:30:00.000Z',
});

let api: ApiFixture;
let centre: Session;
let township: Session;
let otherCounty: Session;
beforeAll(async () => {
  api = await startApi({ label: 'incident-search' });
  await establishOtherCounty(api, {
    username: 'hexi.duty',
    displayName: '河西值班员',
    role: Role.DUTY_OFFICER,
  });
  [centre, township, otherCounty] = await Promise.all(
    ['zhouming', 'lina', 'hexi.duty'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await api.close();
});

async function report(as: Session, title: string, excerpt = ''): Promise<string> {
  const res = await gql<{ reportIncident: { id: string } }>(
    api.url,
    REPORT,
    { input: post(title, excerpt) },
    { token: as.token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.reportIncident.id;
}

async function search(as: Session, text: string): Promise<{ total: number; ids: string[] }> {
  const res = await gql<{ incidents: { totalCount: number; edges: { node: { id: string } }[] } }>(
    api.url,
    LIST,
    { filter: { text } },
    { token: as.token },
  );
  expect(res.errors).toBeUndefined();
  return { total: res.data!.incidents.totalCount, ids: res.data!.incidents.edges.map((e) => e.node.id) };
}

describe('Chinese title search', () => {
  it('finds 征地 inside 东湖镇征地补偿款, in the caller’s county only', async () => {
    const land = await report(centre, '东湖镇征地补偿款');
    const inExcerpt = await report(centre, '网帖关注补偿问题', '西山镇征地后补偿款未到位');
    const school = await report(centre, '东湖镇校园安全');
    const elsewhere = await report(otherCounty, '河西县征地补偿款');

    const mine = await search(centre, '征地');
    expect(mine.ids.sort()).toEqual([land, inExcerpt].sort());
    expect(mine.total).toBe(2);
    expect(mine.ids).not.toContain(school);
    // Another county's incident with the same words is never found, nor counted.
    expect(mine.ids).not.toContain(elsewhere);

    const theirs = await search(otherCounty, '征地');
    expect(theirs.ids).toEqual([elsewhere]);
    expect(theirs.total).toBe(1);

    // A longer phrase narrows; a phrase in no title finds nothing.
    expect((await search(centre, '征地补偿款')).ids).toEqual([land]);
    expect((await search(centre, '拖欠工资')).total).toBe(0);
  });

  it('a township finds its own incidents, not the county centre’s', async () => {
    const own = await report(township, '东湖镇征地纠纷');
    const centres = await report(centre, '东湖镇征地拆迁');
    const found = await search(township, '征地');
    expect(found.ids).toContain(own);
    expect(found.ids).not.toContain(centres);
    expect(found.total).toBe(found.ids.length);
    // The centre sees both (its county), the other county neither.
    expect((await search(centre, '征地')).ids).toEqual(expect.arrayContaining([own, centres]));
    expect((await search(otherCounty, '征地纠纷')).total).toBe(0);
  });

  it('a % or _ in the text is a character, not a wildcard', async () => {
    const pct = await report(centre, '补偿款只发了50%');
    expect((await search(centre, '50%')).ids).toEqual([pct]);
    expect((await search(centre, '5_%')).total).toBe(0);
  });
});

describe('incident_log_events (the auditor’s read of an incident’s record)', () => {
  it('gives the incident’s events to the store’s own connections, and nothing in a caller’s scope', async () => {
    const id = await report(centre, '东湖镇征地补偿款（审计）');
    const db = api.server.app.get(ScopedDb);
    const read = (m: { query: (sql: string, params: unknown[]) => Promise<{ event_type: string }[]> }) =>
      m.query(`SELECT event_type FROM incident_log_events($1)`, [id]);
    expect((await db.run(SYSTEM_SCOPE, read)).map((r) => r.event_type)).toEqual(['IncidentReported']);
    // As the row policy on es_events does: a unit's or a county's transaction reads none of the log.
    const county = { scope: 'county' as const, countyId: 'qingshui', unitId: centre.unitId };
    const unit = { scope: 'unit' as const, countyId: 'qingshui', unitId: centre.unitId };
    expect(await db.run(county, read)).toEqual([]);
    expect(await db.run(unit, read)).toEqual([]);
  });
});

describe('incident_view_units', () => {
  it('mirrors every incident’s visible units, and a rebuild gives exactly the live rows', async () => {
    const db = api.server.app.get(ScopedDb);
    const snapshot = () =>
      db.run(SYSTEM_SCOPE, async (m) =>
        JSON.stringify(await m.query(`SELECT * FROM incident_view_units ORDER BY unit_id, incident_id`)),
      );
    const mismatched = await db.run(SYSTEM_SCOPE, (m) =>
      m.query(
        `SELECT incident_id FROM incident_view i
          WHERE ARRAY(SELECT unnest(i.visible_units) ORDER BY 1)
             <> ARRAY(SELECT u.unit_id FROM incident_view_units u WHERE u.incident_id = i.incident_id ORDER BY 1)
             OR EXISTS (SELECT 1 FROM incident_view_units u
                         WHERE u.incident_id = i.incident_id AND u.county_id IS DISTINCT FROM i.county_id)`,
      ),
    );
    expect(mismatched).toEqual([]);
    const live = await snapshot();
    expect((JSON.parse(live) as unknown[]).length).toBeGreaterThan(5);
    await db.run(SYSTEM_SCOPE, (m) => m.query(`DELETE FROM incident_view_units WHERE unit_id LIKE '%'`));
    expect(await snapshot()).not.toBe(live);
    await api.server.app.get(ProjectionRunner).rebuild('incident-view');
    expect(await snapshot()).toBe(live);
  });
});
