import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Principal, Role, scopeSettings, ScopedDb, SYSTEM_SCOPE, UnitKind } from '@app/access';
import {
  ASSESSMENT_ENTITIES,
  ASSESSMENT_FACTS_PROJECTION,
  AssessmentFactsProjection,
  AssessmentQueries,
} from '@app/assessment';
import {
  EventSchemaRegistry,
  EventStore,
  LOG_START,
  LogPosition,
  NewEvent,
  ProjectionRunner,
} from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { CountyLeaderView, LeadershipDirectory } from '@app/leadership';
import { OrganizationDirectory, UnitView, CountyView } from '@app/organization';
import { benchDatabase } from './bench-database';
import { percentile } from './http-graphql';

/**
 * `npm run bench:stats` (issue 24): a scripted year of tasks across many counties, written through the real event
 * store; then the assessment-facts read model rebuilt from the log (its rate beside the store's own catch-up read
 * of the same log, measured in the same run), and the monthly statistics and the ranking of one county asked for
 * repeatedly (p50/p99, through AssessmentQueries on the real database, without HTTP).
 *
 * Size: BENCH_COUNTIES (100) × BENCH_UNITS_PER_COUNTY (10) units, BENCH_TASKS tasks over 2026 (default 40,000; the
 * issue's province is 200,000 — set it when the machine has the minutes). Last line: one JSON object.
 */
const COUNTIES = Number(process.env.BENCH_COUNTIES ?? 100);
const UNITS = Number(process.env.BENCH_UNITS_PER_COUNTY ?? 10);
const TASKS = Number(process.env.BENCH_TASKS ?? 40_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const CONCURRENCY = 8;
const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00+08:00');

const countyId = (c: number) => `bench-county-${c}`;
const unitId = (c: number, u: number) => `bench-unit-${c}-${u}`;
const centreId = (c: number) => unitId(c, 0);
const iso = (ms: number) => new Date(ms).toISOString();

/** One task's whole life, as the loop would leave it: dispatched, signed, handed in (some late), reviewed. */
function taskEvents(n: number): { streamId: string; events: NewEvent[]; owningUnit: string; lastAt: number } {
  const c = n % COUNTIES;
  const u = 1 + (Math.floor(n / COUNTIES) % (UNITS - 1));
  const taskId = randomUUID();
  const incidentId = randomUUID();
  const dispatchedAt =
    YEAR_START + Math.floor((n / TASKS) * 364) * DAY_MS + 2 * 3_600_000 + (n % 300) * 60_000;
  const dueAt = dispatchedAt + 12 * 3_600_000;
  const late = n % 7 === 0;
  const handedInAt = late ? dueAt + (30 + (n % 600)) * 60_000 : dispatchedAt + 5 * 3_600_000;
  const stamp = (at: number) => ({ taskId, incidentId, by: 'bench', byUnit: unitId(c, u), at: iso(at) });
  const events: NewEvent[] = [
    {
      type: 'TaskDispatched',
      data: {
        ...stamp(dispatchedAt),
        byUnit: centreId(c),
        countyId: countyId(c),
        dispatcherUnitId: centreId(c),
        assigneeUnitId: unitId(c, u),
        role: 'LEAD',
        kind: 'STANDARD',
        requirements: '核实并反馈',
        dueAt: iso(dueAt),
        hardDueAt: iso(dispatchedAt + 24 * 3_600_000),
        deadlineRule: 'GRADE_FEEDBACK',
        signForDueAt: iso(dispatchedAt + 3_600_000),
        parentTaskId: null,
        parentAssigneeUnitId: null,
        incidentTitle: '基准测试',
        grade: 'III',
        confidential: false,
      },
    },
    { type: 'TaskSigned', data: stamp(dispatchedAt + (n % 5 === 0 ? 2 : 0.5) * 3_600_000) },
  ];
  if (n % 11 === 0)
    events.push({
      type: 'TaskSupervised',
      data: {
        ...stamp(dispatchedAt + 4 * 3_600_000),
        noticeId: randomUUID(),
        content: '督办',
        replyDueAt: iso(dueAt),
      },
    });
  if (late)
    events.push({
      type: 'TaskOverdue',
      data: {
        ...stamp(dueAt),
        timerId: randomUUID(),
        dueAt: iso(dueAt),
        noticeId: randomUUID(),
        replyDueAt: iso(dueAt),
      },
    });
  events.push({
    type: 'TaskHandedIn',
    data: {
      ...stamp(handedInAt),
      factsFound: '已核实',
      measures: '约谈',
      result: '已答复',
      evidence: [],
      dueAt: iso(dueAt),
      late,
      lateByMinutes: late ? Math.floor((handedInAt - dueAt) / 60_000) : 0,
    },
  });
  if (n % 9 === 0)
    events.push({ type: 'TaskSentBack', data: { ...stamp(handedInAt + 600_000), reason: '补充' } });
  events.push({ type: 'TaskAccepted', data: { ...stamp(handedInAt + 1_800_000), reason: '' } });
  return { streamId: `task-${taskId}`, events, owningUnit: unitId(c, u), lastAt: handedInAt + 1_800_000 };
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  const log = (name: string, value: string) => process.stderr.write(`  ${name}: ${value}\n`);
  process.stderr.write(
    `Benchmarking statistics on ${db.serverLabel}: ${COUNTIES} counties, ${COUNTIES * UNITS} units, ${TASKS} tasks\n`,
  );
  const pool = new Pool({ connectionString: db.appUrl, max: 16 });
  const clock = new ManualClock('2026-01-01T00:00:00.000Z');
  const schemas = new EventSchemaRegistry();
  for (const t of [
    'TaskDispatched',
    'TaskSigned',
    'TaskSupervised',
    'TaskOverdue',
    'TaskHandedIn',
    'TaskSentBack',
    'TaskAccepted',
  ])
    schemas.define(t, 1);
  const store = new EventStore({ pool, clock, schemas });
  const entities = [...ASSESSMENT_ENTITIES, UnitView, CountyView, CountyLeaderView];
  const ds = await new DataSource({
    type: 'postgres',
    url: db.appUrl,
    entities,
    extra: { max: 8 },
  }).initialize();
  const system = await new DataSource({
    type: 'postgres',
    url: db.appUrl,
    entities,
    extra: { max: 4, options: '-c app.scope=system -c app.county= -c app.unit=' },
  }).initialize();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    // The units, as the organization's read model would hold them (names for the answers).
    await owner.query(
      `INSERT INTO unit_view (unit_id, kind, name, parent_id, county_id, active, version, created_at, updated_at)
       SELECT 'bench-unit-' || c || '-' || u, CASE WHEN u = 0 THEN 'COUNTY_CENTER' ELSE 'TOWNSHIP' END,
              '单位 ' || c || '-' || u, NULL, 'bench-county-' || c, true, 1, now(), now()
         FROM generate_series(0, $1::int - 1) c, generate_series(0, $2::int - 1) u`,
      [COUNTIES, UNITS],
    );

    // 1. The year, day by day (the clock on the day, so the log's recorded times are the facts' own).
    const fillStarted = process.hrtime.bigint();
    let events = 0;
    let next = 0;
    while (next < TASKS) {
      const day = Math.floor((next / TASKS) * 364);
      const dayTasks: number[] = [];
      while (next < TASKS && Math.floor((next / TASKS) * 364) === day) dayTasks.push(next++);
      clock.set(new Date(YEAR_START + (day + 1) * DAY_MS - 60_000));
      let i = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (i < dayTasks.length) {
            const t = taskEvents(dayTasks[i++]);
            events += t.events.length;
            await store.append({
              streamId: t.streamId,
              streamType: 'Task',
              owningUnit: t.owningUnit,
              expectedVersion: 'no-stream',
              events: t.events,
              metadata: {
                actorUser: 'bench',
                actorUnit: t.owningUnit,
                command: 'Bench',
                correlationId: randomUUID(),
              },
            });
          }
        }),
      );
    }
    const fillSeconds = Number(process.hrtime.bigint() - fillStarted) / 1e9;
    log(
      'scripted year written',
      `${events} events in ${fillSeconds.toFixed(1)} s (${(events / fillSeconds).toFixed(0)} events/s)`,
    );

    // 2. The store's own catch-up read of the whole log (the reference), then the read model rebuilt from it.
    const tail = await store.logTail();
    if (tail) await store.waitUntilReadable(tail);
    let cursor: LogPosition = LOG_START;
    let read = 0;
    const readStarted = process.hrtime.bigint();
    for (;;) {
      const batch = await store.readLog(cursor, 1000);
      if (batch.length === 0) break;
      read += batch.length;
      const last = batch[batch.length - 1];
      cursor = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    }
    const catchUpEventsPerSec = read / (Number(process.hrtime.bigint() - readStarted) / 1e9);
    log('event store catch-up read', `${catchUpEventsPerSec.toFixed(0)} events/s`);

    const runner = new ProjectionRunner(ds, store, [new AssessmentFactsProjection()], {
      batchSize: 1000,
      transactionSettings: scopeSettings(SYSTEM_SCOPE),
    });
    const rebuildStarted = process.hrtime.bigint();
    const rebuilt = await runner.rebuild(ASSESSMENT_FACTS_PROJECTION);
    const rebuildSeconds = Number(process.hrtime.bigint() - rebuildStarted) / 1e9;
    const rebuildEventsPerSec = rebuilt.processed / rebuildSeconds;
    const rows = Number(
      (await owner.query<{ n: string }>(`SELECT count(*) AS n FROM assessment_unit_day`)).rows[0].n,
    );
    log(
      'rebuild assessment-facts',
      `${rebuilt.processed} events in ${rebuildSeconds.toFixed(1)} s (${rebuildEventsPerSec.toFixed(0)} events/s), ${rows} unit-day rows`,
    );

    // 3. One county's monthly statistics and ranking, asked again and again (a closed period: the clock in 2027).
    clock.set(new Date('2027-01-10T02:00:00.000Z'));
    const db2 = new ScopedDb(ds, system);
    const queries = new AssessmentQueries(
      db2,
      new OrganizationDirectory(db2),
      new LeadershipDirectory(db2),
      clock,
    );
    const auditor: Principal = {
      userId: 'bench-auditor',
      userName: '审计',
      username: 'bench.auditor',
      unitId: centreId(0),
      unitKind: UnitKind.COUNTY_CENTER,
      countyId: countyId(0),
      roles: [Role.AUDITOR],
      sessionScope: 'full',
    };
    const timings = { statistics: [] as number[], ranking: [] as number[] };
    let units = 0;
    for (let q = 0; q < QUERIES; q++) {
      const month = 1 + (q % 12);
      let t = process.hrtime.bigint();
      const s = await queries.statistics(auditor, {
        period: { kind: 'MONTH', year: 2026, month },
        rules: 'IN_FORCE',
      });
      timings.statistics.push(Number(process.hrtime.bigint() - t) / 1e6);
      units = Math.max(units, s.units.length);
      t = process.hrtime.bigint();
      await queries.ranking(auditor, { kind: 'MONTH', year: 2026, month });
      timings.ranking.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const st = sorted(timings.statistics);
    const rk = sorted(timings.ranking);
    log(
      'monthly statistics, one county',
      `p50 ${percentile(st, 50).toFixed(1)} ms, p99 ${percentile(st, 99).toFixed(1)} ms (${units} units)`,
    );
    log(
      'monthly ranking, one county',
      `p50 ${percentile(rk, 50).toFixed(1)} ms, p99 ${percentile(rk, 99).toFixed(1)} ms`,
    );
    const round1 = (n: number) => Math.round(n * 10) / 10;
    process.stdout.write(
      `${JSON.stringify({
        counties: COUNTIES,
        units: COUNTIES * UNITS,
        tasks: TASKS,
        events,
        unitDayRows: rows,
        statisticsP50Ms: round1(percentile(st, 50)),
        statisticsP99Ms: round1(percentile(st, 99)),
        rankingP50Ms: round1(percentile(rk, 50)),
        rankingP99Ms: round1(percentile(rk, 99)),
        rebuildEventsPerSec: Math.round(rebuildEventsPerSec),
        catchUpEventsPerSec: Math.round(catchUpEventsPerSec),
        rebuildVsCatchUp: Math.round((rebuildEventsPerSec / catchUpEventsPerSec) * 1000) / 1000,
      })}\n`,
    );
  } finally {
    await owner.end();
    await ds.destroy();
    await system.destroy();
    await pool.end();
    await db.close();
  }
}

void main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
