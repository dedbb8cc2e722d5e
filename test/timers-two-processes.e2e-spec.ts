import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { LogSigningKey } from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { login, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { createTestDatabase, TestDatabase } from './support/test-server';

/**
 * Exactly once in effect (issue 5): API processes — the real `npm start` entry, built — run against one database
 * whose timers fell due while nothing was running. The first is killed (SIGKILL) while it holds a job; two more then
 * run side by side and finish. A late task gets one overdue notice and one automatic 督办; a task not yet due gets
 * its sign-for, first-reply and nearly-due reminders, once each and in that order; nothing twice, nothing lost.
 */
jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '..');
const BUILD = join(ROOT, '.data', 'two-process-build');
const TASKS = 24;
const MIN = 60_000;

let db: TestDatabase;
let pg: Client;
let work: string;
const children: ChildProcess[] = [];

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });

async function startProcess(name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(BUILD, 'apps/api/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: db.ownerUrl,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      SEAL_INTERVAL_MS: '0',
      TIMER_TICK_MS: '200',
      TIMER_JOB_EXPIRE_SECONDS: '2',
      JOB_MAINTENANCE_SECONDS: '1',
      AUDIT_SIGNING_KEY_FILE: join(work, 'signing-key.pem'),
      AUDIT_WITNESS_FILE: join(work, `witness-${name}.jsonl`),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  child.on('exit', (code, signal) => {
    if (code && code !== 0) process.stderr.write(`[${name}] exited ${code} ${signal ?? ''}\n${output}\n`);
  });
  children.push(child);
  return child;
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await pg.query<{ n: string }>(sql, params)).rows[0].n);

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(() => {
  // The production entry point, built as `npm start` builds it, in a folder of its own.
  rmSync(BUILD, { recursive: true, force: true });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', BUILD], { cwd: ROOT, stdio: 'pipe' });
  execFileSync('npx', ['tsc-alias', '-p', 'tsconfig.build.json', '--outDir', BUILD], {
    cwd: ROOT,
    stdio: 'pipe',
  });
});

beforeAll(async () => {
  db = await createTestDatabase('twoproc');
  work = mkdtempSync(join(tmpdir(), 'yuqing-two-proc-'));
  LogSigningKey.loadOrCreate(join(work, 'signing-key.pem'));
  pg = new Client({ connectionString: db.ownerUrl });
  await pg.connect();
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await pg?.end();
  await db?.drop();
  rmSync(work, { recursive: true, force: true });
  rmSync(BUILD, { recursive: true, force: true });
});

it('processes killed mid-way and running side by side: every timer fires once, in order per task', async () => {
  // Yesterday evening the centre dispatched tasks, half due an hour ago, half in two hours; then everything stopped.
  const now = Date.now();
  const clock = new ManualClock(new Date(now - 14 * 60 * MIN));
  const api = await startApi({ database: db, clock });
  const centre = await login(api.url, 'zhouming');
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '夜间施工噪音投诉',
    discoveredAt: clock.now(),
  });
  const units = ['donghu', 'xishan', 'nanping', 'beicheng', 'land-bureau', 'petition-bureau'];
  const taskIds: string[] = [];
  const late = new Set<string>();
  for (let i = 0; i < TASKS; i++) {
    const task = ok(
      await mutate<{ id: string }>(
        api.url,
        centre.token,
        'dispatchTask',
        {
          incidentId,
          unitId: demoUnitId(units[i % units.length]),
          role: 'LEAD',
          requirements: `核实第 ${i + 1} 处施工点`,
          dueAt: new Date(i % 2 === 0 ? now - 60 * MIN - (TASKS - i) * MIN : now + 120 * MIN).toISOString(),
        },
        'id',
      ),
    ).dispatchTask;
    taskIds.push(task.id);
    if (i % 2 === 0) late.add(`task-${task.id}`);
  }
  await api.close();

  const overdue = () => count(`SELECT count(*) AS n FROM es_events WHERE event_type = 'TaskOverdue'`);
  const active = async () =>
    (
      await pg.query<{ id: string }>(`SELECT id FROM pgboss.job WHERE name = 'timers' AND state = 'active'`)
    ).rows.map((r) => r.id);
  // A starts alone and is killed (SIGKILL) while it holds a job: the job is orphaned half-way, its transaction
  // rolled back. Should A be between two jobs at that instant, another first process is tried.
  let orphaned: string[] = [];
  for (let attempt = 0; attempt < 5 && orphaned.length === 0; attempt++) {
    const a = await startProcess(`a${attempt}`);
    await until('A at work', async () => (await overdue()) > 0 && (await active()).length > 0);
    a.kill('SIGKILL');
    await new Promise((r) => a.once('exit', r));
    orphaned = await active();
  }
  expect(orphaned.length).toBeGreaterThan(0);
  // Two processes take over and run side by side.
  const b = await startProcess('b');
  const c = await startProcess('c');
  const nearlyDue = () =>
    count(
      `SELECT count(*) AS n FROM es_events WHERE event_type = 'TaskReminded' AND data->>'automatic' = 'NEARLY_DUE'`,
    );
  await until('every task overdue or reminded', async () => (await overdue()) + (await nearlyDue()) >= TASKS);
  // Nothing left to run: no timer due and armed, no job waiting, running or due for a retry.
  await until('the queue to empty', async () => {
    const armed = await count(`SELECT count(*) AS n FROM timer WHERE armed AND due_at <= now()`);
    const jobs = await count(
      `SELECT count(*) AS n FROM pgboss.job WHERE name = 'timers' AND state IN ('created', 'retry', 'active')`,
    );
    return armed === 0 && jobs === 0;
  });
  for (const p of [b, c]) p.kill('SIGINT');
  await Promise.all([b, c].map((p) => new Promise((r) => p.once('exit', r))));

  const { rows } = await pg.query<{ stream_id: string; types: string[]; automatic: (string | null)[] }>(
    `SELECT stream_id, array_agg(event_type ORDER BY stream_version) AS types,
            array_agg(data->>'automatic' ORDER BY stream_version) AS automatic
       FROM es_events WHERE stream_type = 'Task' GROUP BY stream_id`,
  );
  expect(rows).toHaveLength(TASKS);
  for (const r of rows) {
    if (late.has(r.stream_id)) {
      // Past due: the overdue notice with its automatic 督办, once; the gentler reminders give way to it.
      expect(r.types).toEqual(['TaskDispatched', 'TaskOverdue', 'TaskSupervised']);
      expect(r.automatic).toEqual([null, null, 'true']);
    } else {
      // Not yet due: reminded to sign for it, to reply, and that it is nearly due — once each, in that order.
      expect(r.types).toEqual(['TaskDispatched', 'TaskReminded', 'TaskReminded', 'TaskReminded']);
      expect(r.automatic).toEqual([null, 'SIGN_FOR', 'FIRST_REPLY', 'NEARLY_DUE']);
    }
  }
  // The receiving side: one 督办 to each unit per task, one word to its leaders.
  const arrivals = await pg.query<{ kind: string; audience: string; n: string }>(
    `SELECT data->>'kind' AS kind, data->>'audience' AS audience, count(*) AS n,
            count(DISTINCT data->>'refId') AS distinct_tasks
       FROM es_events WHERE event_type = 'InboxItemArrived'
        AND data->>'kind' IN ('TASK_SUPERVISED', 'TASK_OVERDUE', 'TASK_REMINDED', 'TASK_NEARLY_DUE')
      GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const half = TASKS / 2;
  expect(arrivals.rows.map((r) => [r.kind, r.audience, Number(r.n)])).toEqual([
    ['TASK_NEARLY_DUE', 'UNIT', half],
    ['TASK_OVERDUE', 'LEADERS', half],
    ['TASK_REMINDED', 'UNIT', 2 * half],
    ['TASK_SUPERVISED', 'UNIT', half],
  ]);
  // Every due timer is accounted for; on the late tasks the reminders were overtaken by the deadline.
  const outcomes = await pg.query<{ kind: string; outcome: string; n: string }>(
    `SELECT kind, outcome, count(*) AS n FROM timer WHERE due_at <= now() GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  expect(outcomes.rows.map((r) => [r.kind, r.outcome, Number(r.n)])).toEqual([
    ['INCIDENT_UNASSESSED', 'DISARMED', 1],
    ['TASK_FIRST_REPLY', 'FIRED', half],
    ['TASK_FIRST_REPLY', 'NOTHING_TO_DO', half],
    ['TASK_NEARLY_DUE', 'FIRED', half],
    ['TASK_NEARLY_DUE', 'NOTHING_TO_DO', 2 * half],
    ['TASK_OVERDUE', 'FIRED', half],
    ['TASK_SIGN_FOR', 'FIRED', half],
    ['TASK_SIGN_FOR', 'NOTHING_TO_DO', half],
  ]);
  expect(rows.map((r) => r.stream_id).sort()).toEqual(taskIds.map((id) => `task-${id}`).sort());
  // A's orphaned jobs expired and were run again by B or C, to completion.
  const retried = await pg.query<{ state: string; retry_count: number }>(
    `SELECT state, retry_count FROM pgboss.job WHERE id = ANY($1::uuid[])
     UNION ALL SELECT state, retry_count FROM pgboss.archive WHERE id = ANY($1::uuid[])`,
    [orphaned],
  );
  expect(retried.rows).toEqual(orphaned.map(() => ({ state: 'completed', retry_count: 1 })));
});
