import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Principal, Role, scopeSettings, ScopedDb, SYSTEM_SCOPE, UnitKind } from '@app/access';
import {
  ASSESSMENT_ENTITIES,
  ASSESSMENT_FACTS_PROJECTION,
  ASSESSMENT_INCIDENTS_PROJECTION,
  AssessmentFactsProjection,
  AssessmentIncidentsProjection,
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
import { ReplicaReads } from '@app/database';
import { benchDatabase } from './bench-database';
import { percentile } from './http-graphql';

/**
 * `npm run bench:stats` (issue 24): a scripted year of incidents and tasks across many counties, seeded straight
 * through the real event store (group commit: a day's appends submitted together, a progress bar on stderr); then
 * the two 统计与考核 read models rebuilt from the log — the per-unit facts and the incidents' breakdown — each rate
 * beside the store's own catch-up read of the same log, measured in the same run; and one county's monthly
 * statistics and ranking asked for again and again (p50/p99, through AssessmentQueries on the real database,
 * without HTTP).
 *
 * Size: the issue's province by default — 100 counties, 1,000 units (10 each), 200,000 tasks over 2026 (and an
 * incident for every four tasks). Flags (or BENCH_* variables): `--counties=100 --units-per-county=10
 * --tasks=200000 --queries=200`, e.g. `npm run bench:stats -- --tasks=50000`. Last line: one JSON object.
 */
const flag = (name: string, env: string, fallback: number) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = Number(arg ? arg.slice(name.length + 3) : (process.env[env] ?? fallback));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
};
const COUNTIES = flag('counties', 'BENCH_COUNTIES', 100);
const UNITS = flag('units-per-county', 'BENCH_UNITS_PER_COUNTY', 10);
const TASKS = flag('tasks', 'BENCH_TASKS', 200_000);
const QUERIES = flag('queries', 'BENCH_QUERIES', 200);
/** Tasks per incident: a task's incident is its county's, shared with the next three of that county. */
const TASKS_PER_INCIDENT = 4;
const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00+08:00');

const countyId = (c: number) => `bench-county-${c}`;
const unitId = (c: number, u: number) => `bench-unit-${c}-${u}`;
const centreId = (c: number) => unitId(c, 0);
const iso = (ms: number) => new Date(ms).toISOString();

const dayOf = (n: number) => Math.floor((n / TASKS) * 364);
const dispatchTime = (n: number) => YEAR_START + dayOf(n) * DAY_MS + 2 * 3_600_000 + (n % 300) * 60_000;
/** The incident a task belongs to: its county's, one per four of the county's tasks in order. */
const incidentOf = (n: number) => Math.floor(n / (COUNTIES * TASKS_PER_INCIDENT)) * COUNTIES + (n % COUNTIES);
const GRADES = ['IV', 'IV', 'III', 'III', 'II', 'I'];
const FIELDS = [
  'WORK_SAFETY',
  'LAND_ACQUISITION',
  'FOOD_DRUG',
  'EPIDEMIC_CONTROL',
  'TEXTBOOKS',
  'ECOLOGY',
  'OTHER',
];
const NATURES = ['INQUIRY_APPEAL', 'MALICIOUS_HYPE', 'FABRICATION', 'CONSTRUCTIVE'];
const CHANNELS = ['MONITORING', 'UPPER_PROMPT', 'PUBLIC_REPORT', 'UNIT_REPORT'];
const PLATFORMS = ['WEIBO', 'WECHAT', 'DOUYIN', 'KUAISHOU', 'FORUM', 'NEWS_SITE'];
const incidentIds = new Map<number, string>();

/**
 * An incident's events, written before its first task: reported (by a township for a unit report, 10 min to 6 h
 * after discovery: some 迟报, some 漏报), assessed at once by the centre, closed after its last task.
 */
function incidentEvents(
  k: number,
  firstTask: number,
): { streamId: string; events: NewEvent[]; owningUnit: string } {
  const c = k % COUNTIES;
  const incidentId = randomUUID();
  incidentIds.set(k, incidentId);
  const reportedAt = dispatchTime(firstTask) - 30 * 60_000;
  const discoveredAt = reportedAt - (10 + ((k * 37) % 350)) * 60_000;
  const channel = CHANNELS[k % CHANNELS.length];
  const reporter = channel === 'UNIT_REPORT' ? unitId(c, 1 + (k % (UNITS - 1))) : centreId(c);
  const stamp = (at: number) => ({ incidentId, by: 'bench', byUnit: centreId(c), at: iso(at) });
  return {
    streamId: `incident-${incidentId}`,
    owningUnit: reporter,
    events: [
      {
        type: 'IncidentReported',
        data: {
          incidentId,
          channel,
          platform: PLATFORMS[k % PLATFORMS.length],
          urls: [],
          title: '基准测试',
          excerpt: '',
          discoveredAt: iso(discoveredAt),
          spread: { posts: 0, reposts: 0, comments: 0, views: 0, mainstreamMediaPickups: 0 },
          confidential: false,
          reportingUnitId: reporter,
          countyId: countyId(c),
          reportedBy: 'bench',
          reportedAt: iso(reportedAt),
        },
      },
      {
        type: 'IncidentAssessed',
        data: {
          incidentId,
          nature: NATURES[k % NATURES.length],
          veracity: 'UNVERIFIED',
          field: FIELDS[k % FIELDS.length],
          grade: GRADES[k % GRADES.length],
          indicators: [],
          reasoning: '研判',
          previousGrade: null,
          revision: 1,
          assessedBy: 'bench',
          assessedAt: iso(reportedAt + 10 * 60_000),
        },
      },
      ...(k % 3 === 0
        ? [
            {
              type: 'StatementPublished',
              data: { ...stamp(reportedAt + 20 * 60_000), statementId: randomUUID(), channels: [] },
            },
          ]
        : []),
      { type: 'IncidentClosed', data: { ...stamp(dispatchTime(firstTask) + 3 * DAY_MS), summary: '办结' } },
    ],
  };
}

/** One task's whole life, as the loop would leave it: dispatched, signed, handed in (some late), reviewed. */
function taskEvents(n: number): { streamId: string; events: NewEvent[]; owningUnit: string; lastAt: number } {
  const c = n % COUNTIES;
  const u = 1 + (Math.floor(n / COUNTIES) % (UNITS - 1));
  const taskId = randomUUID();
  const incidentId = incidentIds.get(incidentOf(n))!;
  const inquiry = NATURES[incidentOf(n) % NATURES.length] === 'INQUIRY_APPEAL';
  const dispatchedAt = dispatchTime(n);
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
        deadlineRule: inquiry ? 'SAME_DAY' : 'WRITTEN_FEEDBACK',
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
  // A first word (办理意见) on a third of the tasks, two hours in.
  if (n % 3 === 0)
    events.push({
      type: 'TaskProgressReported',
      data: { ...stamp(dispatchedAt + 2 * 3_600_000), online: [], offline: [], note: '正在核实' },
    });
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

/** A progress bar on stderr (redrawn in place on a terminal, a line every tenth otherwise). */
function progressBar(label: string, initialTotal: number, unit: string) {
  let total = initialTotal;
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  const draw = (done: number, extra: string) => {
    const share = Math.min(1, done / total);
    const filled = Math.round(share * 30);
    const seconds = (Date.now() - started) / 1000;
    const line = `  ${label} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${unit}${extra}, ${seconds.toFixed(0)} s`;
    if (tty) process.stderr.write(`\r${line}`);
    else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${line}\n`);
    }
  };
  return {
    tick: (done: number, events?: number, newTotal?: number) => {
      if (newTotal) total = newTotal;
      draw(
        done,
        events === undefined
          ? ''
          : `, ${events} events (${(events / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0)}/s)`,
      );
    },
    done: () => {
      if (tty) process.stderr.write('\n');
    },
  };
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
    'IncidentReported',
    'IncidentAssessed',
    'IncidentClosed',
    'StatementPublished',
    'TaskProgressReported',
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

    // 1. The year, day by day (the clock on the day, so the log's recorded times are the facts' own). A day's
    // appends go in together, the incidents first: the store's group commit writes them a few thousand events per
    // statement, each append still judged on its own.
    const fillStarted = process.hrtime.bigint();
    const bar = progressBar('seeding', TASKS, 'tasks');
    let events = 0;
    let next = 0;
    const append = (
      t: { streamId: string; events: NewEvent[]; owningUnit: string },
      type: string,
      actor: string,
    ) => {
      events += t.events.length;
      return store.append({
        streamId: t.streamId,
        streamType: type,
        owningUnit: t.owningUnit,
        expectedVersion: 'no-stream',
        events: t.events,
        metadata: { actorUser: 'bench', actorUnit: actor, command: 'Bench', correlationId: randomUUID() },
      });
    };
    while (next < TASKS) {
      const day = dayOf(next);
      const dayTasks: number[] = [];
      while (next < TASKS && dayOf(next) === day) dayTasks.push(next++);
      clock.set(new Date(YEAR_START + (day + 1) * DAY_MS - 60_000));
      const opened = dayTasks.filter((n) => !incidentIds.has(incidentOf(n)));
      const firsts = new Map<number, number>();
      for (const n of opened) if (!firsts.has(incidentOf(n))) firsts.set(incidentOf(n), n);
      await Promise.all(
        [...firsts].map(([k, n]) => append(incidentEvents(k, n), 'Incident', centreId(k % COUNTIES))),
      );
      await Promise.all(
        dayTasks.map((n) => {
          const t = taskEvents(n);
          return append(t, 'Task', centreId(n % COUNTIES));
        }),
      );
      bar.tick(next, events);
    }
    bar.done();
    const fillSeconds = Number(process.hrtime.bigint() - fillStarted) / 1e9;
    log(
      'scripted year written',
      `${events} events (${incidentIds.size} incidents, ${TASKS} tasks) in ${fillSeconds.toFixed(1)} s (${(events / fillSeconds).toFixed(0)} events/s)`,
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

    const runner = new ProjectionRunner(
      ds,
      store,
      [new AssessmentFactsProjection(), new AssessmentIncidentsProjection()],
      { batchSize: 1000, transactionSettings: scopeSettings(SYSTEM_SCOPE) },
    );
    const rebuild = async (name: string, table: string) => {
      const bar = progressBar(`rebuild ${name}`, 1, 'events');
      const started = process.hrtime.bigint();
      const done = await runner.rebuild(name, (p) => bar.tick(p.processed, undefined, p.total));
      bar.done();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const count = Number(
        (await owner.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n,
      );
      log(
        `rebuild ${name}`,
        `${done.processed} events in ${seconds.toFixed(1)} s (${(done.processed / seconds).toFixed(0)} events/s), ${count} rows in ${table}`,
      );
      return { eventsPerSec: done.processed / seconds, rows: count };
    };
    const facts = await rebuild(ASSESSMENT_FACTS_PROJECTION, 'assessment_unit_day');
    const breakdown = await rebuild(ASSESSMENT_INCIDENTS_PROJECTION, 'assessment_incident_breakdown');
    const rebuildEventsPerSec = facts.eventsPerSec;
    const rows = facts.rows;

    // 3. One county's monthly statistics and ranking, asked again and again (a closed period: the clock in 2027).
    clock.set(new Date('2027-01-10T02:00:00.000Z'));
    // No standby here: every scoped read on the primary, as `npm start` alone.
    const db2 = new ScopedDb(ds, system, new ReplicaReads(pool, null));
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
        incidents: incidentIds.size,
        breakdownRows: breakdown.rows,
        seedEventsPerSec: Math.round(events / fillSeconds),
        seedSeconds: round1(fillSeconds),
        rebuildEventsPerSec: Math.round(rebuildEventsPerSec),
        rebuildIncidentsEventsPerSec: Math.round(breakdown.eventsPerSec),
        catchUpEventsPerSec: Math.round(catchUpEventsPerSec),
        rebuildVsCatchUp: Math.round((rebuildEventsPerSec / catchUpEventsPerSec) * 1000) / 1000,
        rebuildIncidentsVsCatchUp: Math.round((breakdown.eventsPerSec / catchUpEventsPerSec) * 1000) / 1000,
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
