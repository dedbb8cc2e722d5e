import { randomUUID } from 'node:crypto';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { demoUnitId } from '@app/demo';
import { ProjectionRunner } from '@app/event-store';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';

/** Demo county accounts: the county centre's duty officer and a township clerk of 东湖镇. */
let center: Session;
let township: Session;

const REPORT = `mutation Report($input: ReportIncidentInput!) {
  reportIncident(input: $input) { id version status title channel platform urls discoveredAt confidential
    spread { posts reposts comments views mainstreamMediaPickups } reportingUnitId reportedBy grade assessment { grade } }
}`;
const ASSESS = `mutation Assess($input: AssessIncidentInput!) {
  assessIncident(input: $input) { id version status grade assessment { nature veracity field grade indicators reasoning revision assessedBy } }
}`;
const GET = `query Get($id: ID!) { incident(id: $id) { id version status title grade } }`;
const LIST = `query List($first: Int, $after: String, $filter: IncidentFilter) {
  incidents(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title grade status } }
  }
}`;

const landPost = {
  channel: 'MONITORING',
  platform: 'WEIBO',
  urls: ['https://weibo.example/p/4821'],
  title: '东湖镇征地补偿款迟迟未发放？',
  excerpt: '网帖称东湖镇某村征地补偿款至今未到位，引发转发。',
  discoveredAt: '2026-11-22T01:30:00.000Z',
  spread: { posts: 4, reposts: 230, comments: 88, views: 15000, mainstreamMediaPickups: 0 },
};

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi({ label: 'incidents' });
  center = await login(api.url, 'zhouming');
  township = await login(api.url, 'lina');
});
afterAll(async () => {
  await api.close();
});

async function report(
  as: Session,
  input: Record<string, unknown> = landPost,
  headers?: Record<string, string>,
) {
  return gql<{ reportIncident: { id: string; version: number } }>(
    api.url,
    REPORT,
    { input },
    { token: as.token, headers },
  );
}

describe('reportIncident and assessIncident over GraphQL', () => {
  it('registers an incident and returns it as stored', async () => {
    const res = await report(center);
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportIncident).toMatchObject({
      version: 1,
      status: 'REGISTERED',
      title: landPost.title,
      channel: 'MONITORING',
      platform: 'WEIBO',
      urls: landPost.urls,
      discoveredAt: landPost.discoveredAt,
      confidential: false,
      spread: landPost.spread,
      reportingUnitId: center.unitId,
      reportedBy: center.userId,
      grade: null,
      assessment: null,
    });
  });

  it('assesses, revises, and the next read sees it at once', async () => {
    const { id } = (await report(center)).data!.reportIncident;
    const first = await gql<{ assessIncident: Record<string, unknown> }>(
      api.url,
      ASSESS,
      {
        input: {
          incidentId: id,
          expectedVersion: 1,
          nature: 'INQUIRY_APPEAL',
          veracity: 'UNVERIFIED',
          field: 'LAND_ACQUISITION',
          grade: 'III',
          indicators: ['转发 230'],
          reasoning: '涉及群众切身利益，传播范围较小但敏感度较高',
        },
      },
      { token: center.token },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.assessIncident).toMatchObject({
      version: 2,
      status: 'ASSESSED',
      grade: 'III',
      assessment: {
        field: 'LAND_ACQUISITION',
        revision: 1,
        assessedBy: center.userId,
        indicators: ['转发 230'],
      },
    });
    const revised = await gql<{
      assessIncident: { grade: string; version: number; assessment: { revision: number } };
    }>(
      api.url,
      ASSESS,
      {
        input: {
          incidentId: id,
          nature: 'MALICIOUS_HYPE',
          veracity: 'FALSE',
          field: 'LAND_ACQUISITION',
          grade: 'II',
          reasoning: '出现恶意炒作',
        },
      },
      { token: center.token },
    );
    expect(revised.data!.assessIncident).toMatchObject({
      grade: 'II',
      version: 3,
      assessment: { revision: 2 },
    });
    const read = await gql<{ incident: { grade: string; version: number } }>(
      api.url,
      GET,
      { id },
      { token: center.token },
    );
    expect(read.data!.incident).toMatchObject({ grade: 'II', version: 3 });
  });

  it('answers VALIDATION_FAILED naming the field, and stores nothing', async () => {
    const before = await gql<{ incidents: { totalCount: number } }>(
      api.url,
      LIST,
      {},
      { token: center.token },
    );
    const res = await report(center, { ...landPost, title: '   ', urls: ['not a url'] });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const fields = (res.errors![0].extensions.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['input.title', 'input.urls[0]']);
    expect(res.errors![0].message).toContain('不能为空');
    const after = await gql<{ incidents: { totalCount: number } }>(
      api.url,
      LIST,
      {},
      { token: center.token },
    );
    expect(after.data!.incidents.totalCount).toBe(before.data!.incidents.totalCount);
  });

  it('maps a wrong enum value to VALIDATION_FAILED with the field named', async () => {
    const res = await report(center, { ...landPost, platform: 'MYSPACE' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(res.errors![0].extensions.fields)).toContain('input.platform');
    // The person is told in Chinese what to fix, not graphql-js's English.
    expect(res.errors![0].message).toBe('输入有误（input.platform）：“MYSPACE”不是 Platform 的可选值');
  });

  it('names a missing required field in Chinese', async () => {
    const res = await report(center, { ...landPost, title: undefined });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.errors![0].message).toBe('输入有误：缺少必填项 title');
    expect(res.errors![0].extensions.messageEn).toContain('Field "title" of required type "String!"');
  });

  it('answers NOT_FOUND for an unknown incident, and for a malformed id', async () => {
    const input = { nature: 'INQUIRY_APPEAL', veracity: 'TRUE', field: 'OTHER', grade: 'IV', reasoning: 'x' };
    const unknown = await gql(
      api.url,
      ASSESS,
      { input: { ...input, incidentId: randomUUID() } },
      { token: center.token },
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INCIDENT.NOT_FOUND' });
    const malformed = await gql(api.url, GET, { id: 'nope' }, { token: center.token });
    expect(malformed.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('answers VERSION_CONFLICT for a stale expectedVersion and changes nothing', async () => {
    const { id } = (await report(center)).data!.reportIncident;
    const input = {
      incidentId: id,
      nature: 'INQUIRY_APPEAL',
      veracity: 'TRUE',
      field: 'OTHER',
      grade: 'IV',
      reasoning: '一般诉求',
    };
    expect(
      (await gql(api.url, ASSESS, { input: { ...input, expectedVersion: 1 } }, { token: center.token }))
        .errors,
    ).toBeUndefined();
    const stale = await gql(
      api.url,
      ASSESS,
      { input: { ...input, grade: 'I', expectedVersion: 1 } },
      { token: center.token },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'VERSION_CONFLICT',
      expectedVersion: 1,
      actualVersion: 2,
    });
    const read = await gql<{ incident: { grade: string } }>(api.url, GET, { id }, { token: center.token });
    expect(read.data!.incident.grade).toBe('IV');
  });

  it('of two people assessing the same version at once, one wins and one gets VERSION_CONFLICT', async () => {
    const { id } = (await report(center)).data!.reportIncident;
    const input = {
      incidentId: id,
      expectedVersion: 1,
      nature: 'INQUIRY_APPEAL',
      veracity: 'TRUE',
      field: 'OTHER',
      reasoning: '并发',
    };
    const results = await Promise.all(
      ['III', 'II', 'IV', 'I'].map((grade) =>
        gql(api.url, ASSESS, { input: { ...input, grade } }, { token: center.token }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'VERSION_CONFLICT')).toHaveLength(3);
    const read = await gql<{ incident: { version: number } }>(api.url, GET, { id }, { token: center.token });
    expect(read.data!.incident.version).toBe(2);
  });

  it('a retried request with the same Idempotency-Key registers the incident once', async () => {
    const before = await gql<{ incidents: { totalCount: number } }>(
      api.url,
      LIST,
      {},
      { token: center.token },
    );
    const key = randomUUID();
    const [a, b] = await Promise.all([
      report(center, landPost, { 'idempotency-key': key }),
      report(center, landPost, { 'idempotency-key': key }),
    ]);
    const c = await report(center, landPost, { 'idempotency-key': key });
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect(a.data!.reportIncident.id).toBe(b.data!.reportIncident.id);
    expect(c.data!.reportIncident.id).toBe(a.data!.reportIncident.id);
    const after = await gql<{ incidents: { totalCount: number } }>(
      api.url,
      LIST,
      {},
      { token: center.token },
    );
    expect(after.data!.incidents.totalCount).toBe(before.data!.incidents.totalCount + 1);
    const reused = await report(center, { ...landPost, title: '另一件事' }, { 'idempotency-key': key });
    expect(reused.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('answers UNAUTHENTICATED without a caller', async () => {
    const res = await gql(api.url, LIST, {});
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('speaks English to a client that asks for it', async () => {
    const res = await gql(
      api.url,
      GET,
      { id: randomUUID() },
      { token: center.token, headers: { 'accept-language': 'en-US' } },
    );
    expect(res.errors?.[0].message).toMatch(/^Incident not found/);
    expect(res.errors?.[0].extensions.messageZh).toMatch(/^舆情事件不存在/);
  });
});

describe('units are sealed from each other', () => {
  it("unit B neither sees nor can assess unit A's incident", async () => {
    const { id } = (await report(center, { ...landPost, title: '仅县中心可见' })).data!.reportIncident;
    const get = await gql(api.url, GET, { id }, { token: township.token });
    expect(get.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const list = await gql<{ incidents: { edges: { node: { id: string } }[] } }>(
      api.url,
      LIST,
      { first: 100 },
      { token: township.token },
    );
    expect(list.data!.incidents.edges.map((e) => e.node.id)).not.toContain(id);
    const assess = await gql(
      api.url,
      ASSESS,
      {
        input: {
          incidentId: id,
          nature: 'INQUIRY_APPEAL',
          veracity: 'TRUE',
          field: 'OTHER',
          grade: 'IV',
          reasoning: '越权',
        },
      },
      { token: township.token },
    );
    expect(assess.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const stillUnassessed = await gql<{ incident: { grade: string | null } }>(
      api.url,
      GET,
      { id },
      { token: center.token },
    );
    expect(stillUnassessed.data!.incident.grade).toBeNull();
  });
});

describe('incidents connection', () => {
  it('pages newest first with cursors, filters by grade and text', async () => {
    // A township sees only its own incidents: 西山镇's clerk starts with none.
    const unit = await login(api.url, 'gaoyang');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await report(unit, { ...landPost, title: `第${i}号 ${i % 2 ? '食品' : '征地'}` })).data!
          .reportIncident.id,
      );
    await gql(
      api.url,
      ASSESS,
      {
        input: {
          incidentId: ids[1],
          nature: 'INQUIRY_APPEAL',
          veracity: 'TRUE',
          field: 'FOOD_DRUG',
          grade: 'II',
          reasoning: 'r',
        },
      },
      { token: center.token },
    );
    const page1 = await gql<{
      incidents: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(api.url, LIST, { first: 2 }, { token: unit.token });
    expect(page1.data!.incidents.totalCount).toBe(5);
    expect(page1.data!.incidents.edges.map((e) => e.node.id)).toEqual([ids[4], ids[3]]);
    expect(page1.data!.incidents.pageInfo.hasNextPage).toBe(true);
    const page3 = await gql<{
      incidents: { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
    }>(
      api.url,
      LIST,
      {
        first: 2,
        after: (
          await gql<{ incidents: { pageInfo: { endCursor: string } } }>(
            api.url,
            LIST,
            { first: 2, after: page1.data!.incidents.pageInfo.endCursor },
            { token: unit.token },
          )
        ).data!.incidents.pageInfo.endCursor,
      },
      { token: unit.token },
    );
    expect(page3.data!.incidents.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(page3.data!.incidents.pageInfo.hasNextPage).toBe(false);
    const byGrade = await gql<{ incidents: { edges: { node: { id: string } }[] } }>(
      api.url,
      LIST,
      { filter: { grade: ['II'] } },
      { token: unit.token },
    );
    expect(byGrade.data!.incidents.edges.map((e) => e.node.id)).toEqual([ids[1]]);
    const byText = await gql<{ incidents: { totalCount: number } }>(
      api.url,
      LIST,
      { filter: { text: '食品' } },
      { token: unit.token },
    );
    expect(byText.data!.incidents.totalCount).toBe(2);
    const badPage = await gql(api.url, LIST, { first: 1000 }, { token: unit.token });
    expect(badPage.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    const badCursor = await gql(api.url, LIST, { after: 'garbage' }, { token: unit.token });
    expect(badCursor.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  });

  it('filters by involved unit and by reporting period; a reversed period is refused', async () => {
    type List = { incidents: { totalCount: number; edges: { node: { id: string } }[] } };
    const from = new Date();
    const xishan = await report(await login(api.url, 'gaoyang'), { ...landPost, title: '西山镇 期间内' });
    const mine = xishan.data!.reportIncident.id;
    const to = new Date(Date.now() + 1);
    const list = async (filter: Record<string, unknown>) =>
      (await gql<List>(api.url, LIST, { first: 50, filter }, { token: center.token })).data!.incidents;

    // The county centre sees the whole county; by unit it narrows to incidents 西山镇 is involved in.
    const byUnit = await list({ unitIds: [demoUnitId('xishan')] });
    expect(byUnit.edges.map((e) => e.node.id)).toContain(mine);
    expect(byUnit.totalCount).toBe(6);
    // Nothing in this file involves 东湖镇; both together give the union.
    expect((await list({ unitIds: [demoUnitId('donghu')] })).totalCount).toBe(0);
    expect((await list({ unitIds: [demoUnitId('donghu'), demoUnitId('xishan')] })).totalCount).toBe(6);

    const inPeriod = await list({ reportedFrom: from.toISOString(), reportedTo: to.toISOString() });
    expect(inPeriod.edges.map((e) => e.node.id)).toEqual([mine]);
    const before = await list({ reportedTo: from.toISOString() });
    expect(before.edges.map((e) => e.node.id)).not.toContain(mine);

    const reversed = await gql(
      api.url,
      LIST,
      { filter: { reportedFrom: to.toISOString(), reportedTo: from.toISOString() } },
      { token: center.token },
    );
    expect(reversed.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'filter.reportedTo' })],
    });
  });
});

describe('read model rebuild', () => {
  it('rebuilding incident-view from the log gives exactly the live table', async () => {
    const db = api.server.app.get(ScopedDb);
    const snapshot = () =>
      db.run(SYSTEM_SCOPE, async (m) =>
        JSON.stringify(await m.query(`SELECT * FROM incident_view ORDER BY incident_id`)),
      );
    const live = await snapshot();
    expect((JSON.parse(live) as unknown[]).length).toBeGreaterThan(5);
    await db.run(SYSTEM_SCOPE, (m) => m.query(`UPDATE incident_view SET title = 'tampered', version = 0`));
    expect(await snapshot()).not.toBe(live);
    await api.server.app.get(ProjectionRunner).rebuild('incident-view');
    expect(await snapshot()).toBe(live);
  });
});
