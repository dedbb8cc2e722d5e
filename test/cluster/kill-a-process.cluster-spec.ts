import { demoUnitId } from '@app/demo';
import { FaultClient, runLoad } from '../faults/support/fault-client';
import { ResumingSubscription } from './support/resuming-subscription';
import { sleep, testCluster, until } from './support/test-cluster';

/**
 * Issue 26: three API processes behind HAProxy on a PostgreSQL primary with a streaming standby. One process is
 * killed (SIGKILL) under load from the county's units: the balancer routes around it, no acknowledged write is lost
 * or doubled, live inboxes reconnect and resume from the last position they saw; timers fire exactly once while
 * another process is killed; the log is sealed by whichever process gets there, each stretch once.
 */
const cluster = testCluster('kill', { sealing: true });
const balancer = { url: cluster.url };

beforeAll(async () => {
  await cluster.start();
});
afterAll(async () => {
  await cluster.stop();
});

const logTail = async () =>
  (
    await cluster.primary.query<{ p: string }>(
      `SELECT coalesce(max(transaction_id::text || ':' || global_position::text), '0:0') AS p
         FROM es_events WHERE (transaction_id, global_position) = (
           SELECT transaction_id, global_position FROM es_events
            ORDER BY transaction_id DESC, global_position DESC LIMIT 1)`,
      [],
      'yuqing',
    )
  )[0].p;

it('kill -9 one of three processes mid-load: nothing acknowledged is lost or doubled, live inboxes miss nothing', async () => {
  const client = new FaultClient([balancer]);
  for (const u of ['zhouming', 'lina', 'gaoyang', 'linfang']) await client.login(u);
  const token = client.token('lina');

  // Three sockets opened one after another land on the three processes (round robin): one will lose its process.
  const start = await logTail();
  const INBOX = `subscription I($after: ID) { inboxChanged(after: $after) { kind refId position } }`;
  const inboxes = [0, 1, 2].map(
    () =>
      new ResumingSubscription<{ kind: string; refId: string; position: string }>(
        cluster.url,
        token,
        INBOX,
        'inboxChanged',
        start,
      ),
  );
  for (const s of inboxes) {
    s.start();
    await sleep(300);
  }

  const load = runLoad(client, 6, 'cluster');
  const progress = async (n: number) => {
    const target = client.acks.length + n;
    await until(`${n} more acknowledged writes`, () => client.acks.length >= target, 120_000);
  };
  try {
    await progress(60);
    await cluster.apis[1].kill();
    await progress(120);
  } finally {
    await load.stop();
  }
  expect(load.failures).toEqual([]);
  expect(client.notRetryable).toEqual([]);
  expect(cluster.apis.map((a) => a.exit?.signal ?? 'running')).toEqual(['running', 'SIGKILL', 'running']);

  // Every acknowledged write is in the log, exactly once.
  const claimed = await cluster.primary.query<{ key: string; n: string }>(
    `SELECT split_part(idempotency_key, '#', 1) AS key, count(*)::text AS n FROM es_idempotency_keys
      WHERE split_part(idempotency_key, '#', 1) = ANY($1::text[]) GROUP BY 1`,
    [client.acks.map((k) => k.key)],
    'yuqing',
  );
  const byKey = new Map(claimed.map((r) => [r.key, Number(r.n)]));
  expect(client.acks.filter((k) => byKey.get(k.key) !== 1)).toEqual([]);
  const reported = await cluster.primary.query<{ title: string; n: string }>(
    `SELECT data->>'title' AS title, count(*)::text AS n FROM es_events
      WHERE event_type = 'IncidentReported' AND data->>'title' LIKE 'cluster %' GROUP BY 1`,
    [],
    'yuqing',
  );
  expect(reported.filter((r) => r.n !== '1')).toEqual([]);
  expect(reported).toHaveLength(client.acks.filter((k) => k.mutation === 'reportIncident').length);

  // The live inboxes: every arrival for the whole unit heard by each, once, in log order, whichever process died.
  const arrivals = await cluster.primary.query<{ position: string; everyone: boolean }>(
    `SELECT transaction_id::text || ':' || global_position::text AS position,
            coalesce(data->>'audience', 'UNIT') = 'UNIT'
              AND coalesce(jsonb_array_length(data->'recipientUserIds'), 0) = 0 AS everyone
       FROM es_events
      WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND (transaction_id, global_position) > ($2::xid8, $3::bigint)
      ORDER BY transaction_id, global_position`,
    [demoUnitId('donghu'), ...start.split(':')],
    'yuqing',
  );
  const forEveryone = arrivals.filter((a) => a.everyone).map((a) => a.position);
  const all = new Set(arrivals.map((a) => a.position));
  expect(forEveryone.length).toBeGreaterThan(10);
  for (const s of inboxes) {
    await until('the inbox to catch up', () => s.items.length >= forEveryone.length, 30_000);
  }
  await sleep(1000);
  for (const s of inboxes) await s.stop();
  expect(inboxes.map((s) => s.errors)).toEqual([[], [], []]);
  expect(inboxes.some((s) => s.reconnects > 0)).toBe(true);
  for (const s of inboxes) {
    const heard = s.items.map((i) => i.position);
    expect(new Set(heard).size).toBe(heard.length);
    expect(heard.filter((p) => !all.has(p))).toEqual([]);
    expect(forEveryone.filter((p) => !heard.includes(p))).toEqual([]);
  }
  process.stdout.write(
    `kill -9 under load: ${client.acks.length} acknowledged writes (${client.requests} requests); ` +
      `answers that were not acknowledgements: ${JSON.stringify([...client.refusals])}; ` +
      `inbox reconnects: ${inboxes.map((s) => s.reconnects).join(', ')}\n`,
  );
});

it('timers fire exactly once across three processes while one of them is killed', async () => {
  // The process killed above comes back: three run again.
  await cluster.apis[1].start();
  const client = new FaultClient([balancer]);
  await client.login('zhouming');
  const incident = await client.write('zhouming', 'reportIncident', {
    channel: 'MONITORING',
    platform: 'WEIBO',
    title: '集群定时器',
    urls: ['https://weibo.example/p/2'],
    discoveredAt: new Date().toISOString(),
  });
  await client.write('zhouming', 'assessIncident', {
    incidentId: incident.id,
    nature: 'INQUIRY_APPEAL',
    veracity: 'UNVERIFIED',
    field: 'OTHER',
    grade: 'III',
    reasoning: '研判',
  });
  await client.write('zhouming', 'listIncident', { incidentId: incident.id, requirements: '核实' });
  // Due a few seconds from now, one after another, so that they fall due while the processes run.
  const TASKS = 24;
  const units = ['donghu', 'xishan', 'nanping', 'beicheng', 'land-bureau', 'petition-bureau'];
  const soon = Date.now() + 10_000;
  const tasks: string[] = [];
  for (let i = 0; i < TASKS; i++) {
    const task = await client.write('zhouming', 'dispatchTask', {
      incidentId: incident.id,
      unitId: demoUnitId(units[i % units.length]),
      role: 'LEAD',
      requirements: `核实第 ${i + 1} 处`,
      dueAt: new Date(soon + i * 250).toISOString(),
    });
    tasks.push(`task-${task.id!}`);
  }
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await cluster.primary.query<{ n: string }>(sql, params, 'yuqing'))[0].n);
  const overdue = () =>
    count(`SELECT count(*) AS n FROM es_events WHERE event_type = 'TaskOverdue' AND stream_id = ANY($1)`, [
      tasks,
    ]);
  await until('the first overdue notice', async () => (await overdue()) > 0, 60_000);
  await cluster.apis[2].kill();
  await until('every task overdue', async () => (await overdue()) >= TASKS, 60_000);
  await until('the queue to empty', async () => {
    const armed = await count(`SELECT count(*) AS n FROM timer WHERE armed AND due_at <= now()`);
    const jobs = await count(
      `SELECT count(*) AS n FROM pgboss.job WHERE name = 'timers' AND state IN ('created', 'retry', 'active')`,
    );
    return armed === 0 && jobs === 0;
  });
  // Per task: each automatic step at most once, the overdue notice exactly once.
  const steps = await cluster.primary.query<{ stream_id: string; step: string; n: string }>(
    `SELECT stream_id, event_type || ':' || coalesce(data->>'automatic', '') AS step, count(*)::text AS n
       FROM es_events WHERE stream_id = ANY($1) AND event_type <> 'TaskDispatched' GROUP BY 1, 2`,
    [tasks],
    'yuqing',
  );
  expect(steps.filter((s) => s.n !== '1')).toEqual([]);
  expect(steps.filter((s) => s.step === 'TaskOverdue:')).toHaveLength(TASKS);
  expect(cluster.apis.map((a) => a.exit?.signal ?? 'running')).toEqual(['running', 'running', 'SIGKILL']);
});

it('the log is sealed by the three processes, each stretch once, through both kills: the auditor finds it intact', async () => {
  const client = new FaultClient([balancer]);
  await client.login('qianjun');
  // The last writes are sealed within a few rounds of the sealers still running.
  await sleep(2000);
  const { verifyLog } = await client.retrying<{
    verifyLog: {
      ok: boolean;
      eventsChecked: number;
      checkpointsChecked: number;
      unsealedEvents: number;
      fault: { kind: string; message: string } | null;
    };
  }>(
    'qianjun',
    `{ verifyLog { ok eventsChecked checkpointsChecked unsealedEvents fault { kind message } } }`,
    {},
    undefined,
  );
  expect(verifyLog.fault).toBeNull();
  expect(verifyLog.ok).toBe(true);
  // Sealed in many stretches (every 500 ms by any of three processes), with nothing sealed twice or skipped: the
  // verifier checks each checkpoint starts where the one before it ended and covers exactly the events there.
  expect(verifyLog.checkpointsChecked).toBeGreaterThan(5);
  expect(verifyLog.eventsChecked - verifyLog.unsealedEvents).toBeGreaterThan(200);
  // The sealers keep running: a checkpoint sealed after the verification covers events it found unsealed, so only
  // those up to the events it found sealed are counted.
  const sealers = await cluster.primary.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM (SELECT sum(event_count) OVER (ORDER BY seq) AS total FROM es_log_checkpoints) c
      WHERE total <= $1`,
    [verifyLog.eventsChecked - verifyLog.unsealedEvents],
    'yuqing',
  );
  expect(Number(sealers[0].n)).toBe(verifyLog.checkpointsChecked);
});
