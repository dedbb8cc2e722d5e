import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * A page of incidents with their tasks, letters, statements, timeline and the units they name costs a fixed number
 * of database queries, whatever the page size: the nested fields are batched per request (DataLoader), not fetched
 * per incident.
 * Queries are counted at the pg driver, under the API server running in this process.
 */
let api: ApiFixture;
let centre: Session;

const PAGE = `query Page($first: Int) { incidents(first: $first) { totalCount edges { node {
  id title status grade reportingUnit { name kind }
  tasks { id status assigneeUnitId dueAt assigneeUnit { name kind } dispatcherUnit { name } }
  letters { id senderUnit { name } receipts { unitId signed unit { name kind } } }
  statements { id status draftingUnit { name } }
  timeline { at description actorUnitName }
} } } }`;

beforeAll(async () => {
  api = await startApi({ label: 'loaders' });
  centre = await login(api.url, 'zhouming');
  const t = { token: centre.token };
  // 50 incidents; every fifth one listed with a task, a risk letter and a statement draft.
  for (let i = 0; i < 50; i++) {
    const title = `第${i}号 网帖`;
    if (i % 5 !== 0) {
      ok(
        await mutate(
          api.url,
          centre.token,
          'reportIncident',
          { channel: 'MONITORING', platform: 'WEIBO', title, discoveredAt: new Date().toISOString() },
          'id',
        ),
      );
      continue;
    }
    const id = await listedIncident(api.url, centre.token, {
      title,
      field: 'LAND_ACQUISITION',
      discoveredAt: new Date(),
    });
    ok(
      await gql(
        api.url,
        `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id } }`,
        { i: { incidentId: id, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实情况' } },
        t,
      ),
    );
    ok(
      await gql(
        api.url,
        `mutation S($i: SendRiskLetterInput!) { sendRiskLetter(input: $i) { id } }`,
        {
          i: {
            incidentId: id,
            recipientUnitIds: [demoUnitId('donghu'), demoUnitId('land-bureau')],
            title: '风险提示函',
            risk: '可能炒作',
            level: 'III',
            scope: '东湖镇',
            watchPoints: '二次传播',
            requestedMeasures: '核实',
          },
        },
        t,
      ),
    );
    ok(
      await gql(
        api.url,
        `mutation P($i: DraftStatementInput!) { draftStatement(input: $i) { id } }`,
        { i: { incidentId: id, kind: 'WORDING', tier: 'COMMENTARY', title: '口径', content: '正在核实' } },
        t,
      ),
    );
  }
});
afterAll(async () => {
  await api.close();
});

/** Runs one page request and counts the queries the server sent to PostgreSQL meanwhile. */
async function queriesFor(first: number): Promise<{ count: number; incidents: number; tasks: number }> {
  const original = Client.prototype.query;
  let count = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  try {
    const data = ok(
      await gql<{ incidents: { edges: { node: { tasks: unknown[] } }[] } }>(
        api.url,
        PAGE,
        { first },
        { token: centre.token },
      ),
    );
    const nodes = data.incidents.edges.map((e) => e.node);
    return { count, incidents: nodes.length, tasks: nodes.reduce((n, i) => n + i.tasks.length, 0) };
  } finally {
    Client.prototype.query = original;
  }
}

it('a page of 50 incidents with nested tasks, letters, statements and timeline costs what a page of 5 does', async () => {
  await queriesFor(5); // warm-up: first-request work (prepared metadata, pools) is not the point
  const small = await queriesFor(5);
  const large = await queriesFor(50);
  expect(small.incidents).toBe(5);
  expect(large.incidents).toBe(50);
  expect(large.tasks).toBe(10);
  // The units a page names are batched per tick of their loader: as the nested lists arrive at their own moments a
  // page may split them into one batch more or fewer (at most one per list), never one per row.
  expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(3);
  // Bounded in absolute terms too: scope setup, count, page, and one batch per nested field, each in a transaction.
  expect(large.count).toBeLessThanOrEqual(30);
});
