import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ensureAppRoleLogin, quoteIdent, runMigrations } from '@app/database';
import { demoUnitId } from '@app/demo';
import { ProjectionRunner } from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { migrations } from '@app/migrations';
import { CliModule } from '../../apps/cli/src/cli.module';
import { login, startApi } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { ApiProcess, FaultDatabase, startApiProcess } from './support/api-process';
import { FaultClient, runLoad } from './support/fault-client';
import { FaultCluster } from './support/fault-cluster';
import { FAULT_BUILD } from './support/global-setup';

/**
 * Issue 17, item 4: every read model is a function of the log alone. Work is recorded yesterday (tasks some of them
 * overdue, a major incident, a letter nobody signed for), then two API processes run the timers that fell due
 * meanwhile while ordinary work goes on; afterwards `rebuild --all` (the real CLI entry) rebuilds every read model
 * from the log, and each table must hold exactly what it held before, row for row.
 */
const ROOT = resolve(__dirname, '..', '..');
const MIN = 60_000;
let cluster: FaultCluster;
let db: FaultDatabase;
let appUrl: string;
const processes: ApiProcess[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

beforeAll(async () => {
  cluster = new FaultCluster();
  await cluster.start();
  db = new FaultDatabase(cluster, 'rebuild');
  await db.createEmpty();
  await runMigrations(db.ownerUrl, migrations);
  appUrl = await ensureAppRoleLogin(db.ownerUrl);
});

afterAll(async () => {
  for (const p of processes) await p.stop();
  await db?.drop();
});

/** Every read model's rows, per table, as sorted JSON lines (as the owner: row-level security does not filter). */
async function snapshot(tables: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const table of tables) {
    const rows = await db.query<{ j: string }>(`SELECT to_jsonb(t)::text AS j FROM ${quoteIdent(table)} t`);
    out.set(table, rows.map((r) => r.j).sort());
  }
  return out;
}

it('two processes running timers and ordinary work leave read models equal to a rebuild from the log', async () => {
  // Yesterday evening: the centre records work, then everything stops.
  const now = Date.now();
  const clock = new ManualClock(new Date(now - 14 * 60 * MIN));
  const database = { name: db.name, ownerUrl: db.ownerUrl, appUrl, drop: async () => undefined };
  const api = await startApi({ database, clock });
  const centre = await login(api.url, 'zhouming');
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '夜间施工噪音',
    discoveredAt: clock.now(),
  });
  const units = ['donghu', 'xishan', 'nanping', 'land-bureau'];
  for (let i = 0; i < 8; i++) {
    ok(
      await mutate(
        api.url,
        centre.token,
        'dispatchTask',
        {
          incidentId,
          unitId: demoUnitId(units[i % units.length]),
          role: 'LEAD',
          requirements: `核实第 ${i + 1} 处`,
          dueAt: new Date(i % 2 === 0 ? now - 60 * MIN - i * MIN : now + 120 * MIN).toISOString(),
        },
        'id',
      ),
    );
  }
  // A major incident (a 舆情快报 falls due at once) and a letter whose receipt falls due before today.
  await listedIncident(api.url, centre.token, {
    title: '化工厂异味',
    discoveredAt: clock.now(),
    grade: 'II',
  });
  ok(
    await mutate(
      api.url,
      centre.token,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [demoUnitId('donghu'), demoUnitId('petition-bureau')],
        title: '风险提示函',
        risk: '可能扩散',
        level: 'III',
        scope: '全县',
        watchPoints: '二次传播',
        requestedMeasures: '核查',
        receiptDueAt: new Date(clock.now().getTime() + 60 * MIN).toISOString(),
      },
      'id',
    ),
  );
  await api.close();

  // Today: two processes run what fell due, each on its own tick, while the county works on.
  const timerEnv = { TIMER_TICK_MS: '200', TIMER_JOB_EXPIRE_SECONDS: '2', JOB_MAINTENANCE_SECONDS: '1' };
  processes.push(await startApiProcess('a', db, { env: timerEnv }));
  processes.push(await startApiProcess('b', db, { env: timerEnv }));
  const client = new FaultClient(processes);
  for (const u of ['zhouming', 'lina', 'gaoyang', 'linfang']) await client.login(u);
  const load = runLoad(client, 3, 'rebuild');
  try {
    await until('the timers that fell due to fire', async () => {
      const [r] = await db.query<{ overdue: string; flash: string; chased: string }>(
        `SELECT count(*) FILTER (WHERE event_type = 'TaskOverdue')::text AS overdue,
                count(*) FILTER (WHERE event_type = 'FlashReportRaised')::text AS flash,
                count(*) FILTER (WHERE event_type = 'RiskLetterChased')::text AS chased FROM es_events`,
      );
      return Number(r.overdue) >= 4 && Number(r.flash) >= 1 && Number(r.chased) >= 1;
    });
    await until('some ordinary work', async () => client.acks.length >= 60);
  } finally {
    await load.stop();
  }
  expect(load.failures).toEqual([]);
  await until('the timer queue to empty', async () => {
    const [r] = await db.query<{ armed: string; jobs: string }>(
      `SELECT (SELECT count(*) FROM timer WHERE armed AND due_at <= now())::text AS armed,
              (SELECT count(*) FROM pgboss.job WHERE name = 'timers' AND state IN ('created', 'retry', 'active'))::text AS jobs`,
    );
    return r.armed === '0' && r.jobs === '0';
  });
  for (const p of processes) await p.stop();
  expect(processes.map((p) => p.exit?.code)).toEqual([0, 0]);

  // Every read model the platform keeps (the CLI's list is the API's), table by table.
  process.env.AUDIT_SIGNING_KEY_FILE = join(db.work, 'signing-key.pem');
  const cli: INestApplicationContext = await NestFactory.createApplicationContext(
    CliModule.forRoot({ appUrl, ownerUrl: db.ownerUrl }),
    { logger: false },
  );
  const runner = cli.get(ProjectionRunner);
  const tables = [...new Set(runner.names().flatMap((n) => runner.get(n).tables))];
  await cli.close();
  const live = await snapshot(tables);

  const rebuild = spawnSync(process.execPath, [join(FAULT_BUILD, 'apps/cli/src/rebuild.js'), '--all'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: db.ownerUrl,
      AUDIT_SIGNING_KEY_FILE: join(db.work, 'signing-key.pem'),
      AUDIT_WITNESS_FILE: join(db.work, 'witness-cli.jsonl'),
    },
    encoding: 'utf8',
  });
  expect(rebuild.stderr).toBe('');
  expect(rebuild.status).toBe(0);
  const rebuilt = await snapshot(tables);

  const differences = tables.flatMap((table) => {
    const before = live.get(table) ?? [];
    const now = rebuilt.get(table) ?? [];
    const onlyLive = before.filter((r) => !now.includes(r));
    const onlyRebuilt = now.filter((r) => !before.includes(r));
    return onlyLive.length || onlyRebuilt.length ? [{ table, onlyLive, onlyRebuilt }] : [];
  });
  expect(differences).toEqual([]);
  // The scenario did reach what it is about.
  expect(live.get('incident_timeline')!.some((r) => r.includes('FlashReportRaised'))).toBe(true);
  expect(live.get('timer')!.length).toBeGreaterThan(0);
  process.stdout.write(
    `read models: ${tables.length} tables, ${[...live.values()].reduce((n, rows) => n + rows.length, 0)} rows ` +
      `equal to their rebuild after ${client.acks.length} acknowledged writes and the timers of two processes\n`,
  );
});
