import { randomUUID } from 'node:crypto';
import { demoUnitId } from '@app/demo';
import { ApiProcess, FaultDatabase, startApiProcess } from './support/api-process';
import { FaultClient, runLoad } from './support/fault-client';
import { FaultCluster } from './support/fault-cluster';

/**
 * Issue 17, items 3 and 7, over GraphQL with two API processes and ordinary traffic running: risk letters naming the
 * same six units in opposite orders, sent at the same moment to different processes, are all answered (no deadlock,
 * no INTERNAL_SERVER_ERROR); afterwards every stream's versions follow the log's order, so a reader catching up by
 * position meets v(n) before v(n+1), and verifyLog passes on the untouched log.
 */
let cluster: FaultCluster;
let db: FaultDatabase;
let a: ApiProcess;
let b: ApiProcess;
let client: FaultClient;

const SIX = ['donghu', 'xishan', 'nanping', 'beicheng', 'land-bureau', 'petition-bureau'].map(demoUnitId);

beforeAll(async () => {
  cluster = new FaultCluster();
  await cluster.start();
  db = new FaultDatabase(cluster, 'order');
  a = await startApiProcess('a', db, { seed: true });
  b = await startApiProcess('b', db);
  client = new FaultClient([a, b]);
  for (const u of ['zhouming', 'lina', 'gaoyang', 'linfang', 'qianjun']) await client.login(u);
});

afterAll(async () => {
  for (const p of [a, b]) await p?.stop();
  await db?.drop();
});

it('letters to the same units in opposite orders never deadlock, and every stream follows the log order', async () => {
  const load = runLoad(client, 4, 'order');
  let answers: { errors?: unknown[]; status: number }[] = [];
  let incidentId = '';
  try {
    const incident = await client.write('zhouming', 'reportIncident', {
      channel: 'MONITORING',
      platform: 'WEIBO',
      title: '多单位风险提示',
      urls: [],
      discoveredAt: new Date().toISOString(),
    });
    incidentId = incident.id!;
    const letter = (units: string[], via: ApiProcess) =>
      client.send<{ sendRiskLetter: { id: string } }>(
        via,
        'zhouming',
        `mutation M($i: SendRiskLetterInput!) { sendRiskLetter(input: $i) { id } }`,
        {
          i: {
            incidentId: incident.id,
            recipientUnitIds: units,
            title: '风险提示函',
            risk: '可能扩散',
            level: 'III',
            scope: '全县',
            watchPoints: '二次传播',
            requestedMeasures: '核查',
          },
        },
        randomUUID(),
      );
    // 25 pairs at once: one names the units A…F on process a, its twin F…A on process b.
    const sent = await Promise.all(
      Array.from({ length: 25 }, () => [letter(SIX, a), letter([...SIX].reverse(), b)]).flat(),
    );
    answers = sent.map((r) => r ?? { status: 0, errors: ['no answer'] });
  } finally {
    await load.stop();
  }
  expect(answers.filter((r) => r.errors)).toEqual([]);
  expect(load.failures).toEqual([]);
  // Each of the six units received all fifty letters (each letter's arrival in the unit's stream for it, ADR 0030;
  // opposite-order waits on streams two commands share are proven at the store's level in stream-order.int-spec).
  const arrivals = await db.query<{ owning_unit: string; n: string }>(
    `SELECT owning_unit, count(*)::text AS n FROM es_events
      WHERE event_type = 'InboxItemArrived' AND data->>'kind' = 'LETTER_SENT' AND data->>'incidentId' = $1
      GROUP BY 1`,
    [incidentId],
  );
  expect(arrivals.map((r) => Number(r.n))).toEqual(SIX.map(() => 50));

  // A reader catching up by position (transaction id, position) meets each stream's versions in order.
  const inversions = await db.query<{ stream_id: string; stream_version: string; prev: string }>(
    `SELECT stream_id, stream_version::text, prev::text FROM (
       SELECT stream_id, stream_version,
              lag(stream_version) OVER (PARTITION BY stream_id ORDER BY transaction_id, global_position) AS prev
         FROM es_events) x
      WHERE prev IS NOT NULL AND stream_version <> prev + 1`,
  );
  expect(inversions).toEqual([]);
  const report = await client.retrying<{ verifyLog: { ok: boolean; eventsChecked: number; fault: unknown } }>(
    'qianjun',
    `{ verifyLog { ok eventsChecked fault { kind streamId streamVersion messageEn } } }`,
    {},
    undefined,
  );
  expect(report.verifyLog.fault).toBeNull();
  expect(report.verifyLog.ok).toBe(true);
  process.stdout.write(
    `log order: ${client.acks.length + 50} acknowledged writes, 25 opposite-order letter pairs, ` +
      `${report.verifyLog.eventsChecked} events verified in log order\n`,
  );
});
