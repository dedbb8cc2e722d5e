import { randomUUID } from 'node:crypto';
import { demoUnitId } from '@app/demo';
import { ApiProcess, FaultDatabase, startApiProcess } from './support/api-process';
import { Answer, FaultClient } from './support/fault-client';
import { FaultCluster } from './support/fault-cluster';

/**
 * Issue 17, item 6: the same request with the same Idempotency-Key sent to two API processes at the same moment
 * (a client that gave up on one and asked the other, a balancer retrying) takes effect once, and both callers get
 * the first attempt's answer — never the refusal that deciding again on its result would give.
 */
let cluster: FaultCluster;
let db: FaultDatabase;
let a: ApiProcess;
let b: ApiProcess;
let client: FaultClient;

beforeAll(async () => {
  cluster = new FaultCluster();
  await cluster.start();
  db = new FaultDatabase(cluster, 'twins');
  a = await startApiProcess('a', db, { seed: true });
  b = await startApiProcess('b', db);
  client = new FaultClient([a, b]);
  await client.login('zhouming');
});

afterAll(async () => {
  for (const p of [a, b]) await p?.stop();
  await db?.drop();
});

/** The same mutation, same key, to both processes at once; both answers. */
async function twins<T>(query: string, variables: Record<string, unknown>) {
  const key = randomUUID();
  const [x, y] = await Promise.all([a, b].map((p) => client.send<T>(p, 'zhouming', query, variables, key)));
  return [x, y] as [Answer<T> | null, Answer<T> | null];
}

const REPORT = `mutation M($i: ReportIncidentInput!) { reportIncident(input: $i) { id version status } }`;
const DISPATCH = `mutation M($i: DispatchTaskInput!) { dispatchTask(input: $i) { id version status } }`;

it('twins sent to two processes at once both get the first answer, and act once', async () => {
  const reports = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      twins<{ reportIncident: { id: string } }>(REPORT, {
        i: {
          channel: 'MONITORING',
          platform: 'WEIBO',
          title: `双发 ${i}`,
          urls: [],
          discoveredAt: new Date().toISOString(),
        },
      }),
    ),
  );
  const refused = reports.flat().filter((r) => !r || r.errors);
  expect(refused).toEqual([]);
  for (const [x, y] of reports) expect(y!.data).toEqual(x!.data);

  // Tasks dispatched twice at once on the incidents just reported: a new stream each, and the incident's too.
  const incidentId = reports[0][0]!.data!.reportIncident.id;
  await client.write('zhouming', 'assessIncident', {
    incidentId,
    nature: 'INQUIRY_APPEAL',
    veracity: 'UNVERIFIED',
    field: 'OTHER',
    grade: 'III',
    reasoning: '研判',
  });
  await client.write('zhouming', 'listIncident', { incidentId, requirements: '核实' });
  const dispatches = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      twins<{ dispatchTask: { id: string } }>(DISPATCH, {
        i: {
          incidentId,
          unitId: demoUnitId(i % 2 ? 'donghu' : 'xishan'),
          role: 'LEAD',
          requirements: `核实 ${i}`,
        },
      }),
    ),
  );
  expect(dispatches.flat().filter((r) => !r || r.errors)).toEqual([]);
  for (const [x, y] of dispatches) expect(y!.data).toEqual(x!.data);

  const counts = await db.query<{ type: string; n: string }>(
    `SELECT event_type AS type, count(*)::text AS n FROM es_events
      WHERE event_type IN ('IncidentReported', 'TaskDispatched') GROUP BY 1 ORDER BY 1`,
  );
  expect(counts).toEqual([
    { type: 'IncidentReported', n: '40' },
    { type: 'TaskDispatched', n: '20' },
  ]);
});
