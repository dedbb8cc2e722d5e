import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Client, Pool } from 'pg';
import { Role, UnitKind } from '@app/access';
import { AuditService, incidentAsOf, IncidentLog } from '@app/audit';
import { DEMO_PASSWORD, DemoSeeder, demoUnitId } from '@app/demo';
import {
  EVENT_COLUMNS,
  EventStore,
  LogSealer,
  LogSigningKey,
  LogVerifier,
  MemoryCheckpointWitness,
} from '@app/event-store';
import { startApiServer } from '../../apps/api/src/api-server';
import { benchDatabase } from './bench-database';
import { GraphqlHttpClient, percentile } from './http-graphql';

/**
 * The auditor's costs (part of `npm run bench`): replaying a 1,000-event incident, rebuilding it as of a middle
 * moment, and verifying a log of 100,000 events — each beside a reference measured in the same run: the bare SQL
 * read of the same rows.
 */
const RUNS = Number(process.env.BENCH_AUDIT_RUNS ?? 30);
const LOG_EVENTS = Number(process.env.BENCH_AUDIT_LOG_EVENTS ?? 100_000);
const INCIDENT_EVENTS = 1000;

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const HISTORY = `query H($id: ID!) { incidentHistory(id: $id) { total entries { position at kind description actorName actorUnitName command correlationId hash } } }`;
const AS_OF = `query A($id: ID!, $at: DateTime!) { incidentAsOf(id: $id, at: $at) { status grade warning { level active } tasks { taskId status dueAt } eventsApplied } }`;
const VERIFY_LOG = `{ verifyLog { ok eventsChecked checkpointsChecked } }`;

/**
 * `BENCH_AUDIT_PROFILE=<folder>`: a CPU profile of each measured phase (open in Chrome's DevTools or speedscope), so
 * where the time goes can be seen without the build and the filler in it.
 */
const PROFILE_DIR = process.env.BENCH_AUDIT_PROFILE;
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${PROFILE_DIR}/audit-${name}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}

/** p50/p95 of the wall clock, and this process's mean CPU a run (client and API alike: both run here). */
async function timeRuns(
  runs: number,
  op: () => Promise<unknown>,
): Promise<{ p50: number; p95: number; cpuMs: number }> {
  for (let i = 0; i < 3; i++) await op();
  const ms: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await op();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const used = process.cpuUsage(cpu);
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), cpuMs: (used.user + used.system) / 1000 / runs };
}

const timing = (r: { p50: number; p95: number; cpuMs: number }) =>
  `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, CPU ${r.cpuMs.toFixed(1)} ms`;

async function main(): Promise<void> {
  const db = await benchDatabase();
  const http = new GraphqlHttpClient(120_000);
  const rows: [string, string][] = [];
  const log = (name: string, value: string) => {
    rows.push([name, value]);
    process.stderr.write(`  ${name}: ${value}\n`);
  };
  process.stderr.write(`Audit benchmarks on ${db.serverLabel}\n`);
  const server = await startApiServer({
    urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
    config: { port: 0, host: '127.0.0.1', production: false, sealIntervalMs: 0, seedDemo: false },
    integrity: {
      hashAlgorithm: 'sha256',
      signingKey: LogSigningKey.generate(),
      witness: new MemoryCheckpointWitness(),
    },
    logLevels: ['error', 'warn'],
  });
  const pool = new Pool({ connectionString: db.appUrl, max: 4 });
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    await server.app.get(DemoSeeder).seed();
    const url = `${server.url}/graphql`;
    const token = async (username: string) =>
      (
        await http.call<{ login: { accessToken: string } }>(url, 'login', LOGIN, {
          input: { username, password: DEMO_PASSWORD },
        })
      ).login.accessToken;
    const [centre, township, auditor] = await Promise.all(['zhouming', 'lina', 'qianjun'].map(token));
    const m = <T>(tok: string, name: string, input: Record<string, unknown>, select = 'id') =>
      http.call<Record<string, T>>(
        url,
        name,
        `mutation M($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${select} } }`,
        { i: input },
        tok,
      );

    // 1. A long incident, through the API as users would make it: tasks dispatched, signed, reported on, handed in.
    const built = process.hrtime.bigint();
    const id = (
      await m<{ id: string }>(centre, 'reportIncident', {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: '基准：征地补偿长期舆情',
        urls: ['https://weibo.example/p/bench'],
        discoveredAt: new Date().toISOString(),
      })
    ).reportIncident.id;
    await m(centre, 'assessIncident', {
      incidentId: id,
      nature: 'INQUIRY_APPEAL',
      veracity: 'UNVERIFIED',
      field: 'LAND_ACQUISITION',
      grade: 'III',
      reasoning: '基准',
    });
    await m(centre, 'listIncident', { incidentId: id, requirements: '核实' });
    const count = async () =>
      (
        await owner.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM es_events WHERE data ? 'incidentId' AND data->>'incidentId' = $1`,
          [id],
        )
      ).rows[0].n;
    while ((await count()) < INCIDENT_EVENTS) {
      const task = (
        await m<{ id: string }>(centre, 'dispatchTask', {
          incidentId: id,
          unitId: demoUnitId('donghu'),
          role: 'SUPPORT',
          requirements: '核实并反馈',
        })
      ).dispatchTask.id;
      await m(township, 'signTask', { taskId: task });
      for (let i = 0; i < 10; i++)
        await m(township, 'reportTaskProgress', {
          taskId: task,
          online: ['回应'],
          offline: ['走访'],
          note: `进展 ${i}`,
        });
      await m(township, 'handInTask', {
        taskId: task,
        factsFound: '属实',
        measures: '处置',
        result: '完成',
        evidence: [],
      });
      await m(centre, 'reviewTask', { taskId: task, accept: true, reason: '' });
    }
    const incidentEvents = await count();
    const mid = (
      await owner.query<{ at: Date }>(
        `SELECT recorded_at AS at FROM es_events WHERE data ? 'incidentId' AND data->>'incidentId' = $1
          ORDER BY transaction_id, global_position OFFSET $2 LIMIT 1`,
        [id, Math.floor(incidentEvents / 2)],
      )
    ).rows[0].at;
    process.stderr.write(
      `  built an incident of ${incidentEvents} events in ${(Number(process.hrtime.bigint() - built) / 1e9).toFixed(1)} s\n`,
    );

    // 2. Filler up to the log size, in appends of 100 events; then seal everything.
    const store = server.app.get(EventStore);
    let total = Number((await owner.query<{ n: string }>(`SELECT count(*) AS n FROM es_events`)).rows[0].n);
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (total < LOG_EVENTS) {
          total += 100;
          await store.append({
            streamId: `bench-${randomUUID()}`,
            streamType: 'Bench',
            owningUnit: demoUnitId('center'),
            expectedVersion: 'no-stream',
            events: Array.from({ length: 100 }, (_, n) => ({
              type: 'BenchFiller',
              data: { n, text: '监测记录', tags: ['网帖', '转发'], figures: { posts: n, views: n * 10 } },
            })),
            metadata: {
              actorUser: 'bench',
              actorUnit: demoUnitId('center'),
              command: 'Bench',
              correlationId: randomUUID(),
            },
          });
        }
      }),
    );
    const sealer = server.app.get(LogSealer);
    while (await sealer.sealPending()) {
      /* seal in 50,000-event checkpoints until nothing is left */
    }
    const logEvents = Number(
      (await owner.query<{ n: string }>(`SELECT count(*) AS n FROM es_events`)).rows[0].n,
    );

    // 3. Replay: the reference is the bare read of the same rows; then the service (read + describe) and GraphQL.
    const incidentLog = server.app.get(IncidentLog);
    const ref = await timeRuns(RUNS, () =>
      pool.query(
        `SELECT ${EVENT_COLUMNS} FROM es_events WHERE data ? 'incidentId' AND data->>'incidentId' = $1 ORDER BY transaction_id, global_position`,
        [id],
      ),
    );
    log(
      `reference: SQL read of the ${incidentEvents} rows`,
      `p50 ${ref.p50.toFixed(1)} ms, p95 ${ref.p95.toFixed(1)} ms`,
    );
    // The auditor as the service sees them after sign-in (what the GraphQL layer passes down).
    const auditorRow = (
      await owner.query<{ user_id: string }>(`SELECT user_id FROM user_view WHERE username = 'qianjun'`)
    ).rows[0];
    const auditService = server.app.get(AuditService);
    const principal = {
      userId: auditorRow.user_id,
      userName: '钱军',
      username: 'qianjun',
      unitId: demoUnitId('center'),
      unitKind: UnitKind.COUNTY_CENTER,
      countyId: 'qingshui',
      roles: [Role.AUDITOR],
      sessionScope: 'full' as const,
    };
    const core = await profiled('history-core', () =>
      timeRuns(RUNS, () => auditService.history(principal, id)),
    );
    log('history core: authorise, read, describe', timing(core));
    const replay = await profiled('history-graphql', () =>
      timeRuns(RUNS, () => http.call(url, 'incidentHistory', HISTORY, { id }, auditor)),
    );
    log(`incidentHistory over GraphQL (${incidentEvents} events)`, `${timing(replay)} (goal p50 < 50 ms)`);
    const fold = await profiled('asof-core', () =>
      timeRuns(RUNS, async () => incidentAsOf(id, await incidentLog.events(id), mid)),
    );
    log('asOf core: read + upcast + fold, middle moment', timing(fold));
    const asOf = await profiled('asof-graphql', () =>
      timeRuns(RUNS, () => http.call(url, 'incidentAsOf', AS_OF, { id, at: mid.toISOString() }, auditor)),
    );
    log('incidentAsOf over GraphQL, middle moment', `${timing(asOf)} (goal p50 < 50 ms)`);

    // 4. Verification of the whole log: the reference reads the same rows in the same batches without checking.
    const readAll = async () => {
      let after = { tx: '0', pos: '0' };
      let n = 0;
      for (;;) {
        const r = await pool.query<{ transaction_id: string; global_position: string }>(
          `SELECT ${EVENT_COLUMNS} FROM es_events WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
            ORDER BY transaction_id, global_position LIMIT 5000`,
          [after.tx, after.pos],
        );
        if (r.rows.length === 0) return n;
        n += r.rows.length;
        const last = r.rows[r.rows.length - 1];
        after = { tx: last.transaction_id, pos: last.global_position };
      }
    };
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const readN = await readAll();
    const readCpu = process.cpuUsage(cpu0);
    const readPerSec = readN / (Number(process.hrtime.bigint() - t0) / 1e9);
    log(`reference: batched read of ${readN} events`, `${Math.round(readPerSec)} events/s`);
    log(
      'reference: CPU of this process per event read',
      `${((readCpu.user + readCpu.system) / readN).toFixed(1)} µs`,
    );
    const verifier = server.app.get(LogVerifier);
    let best = 0;
    let checked = 0;
    // This process's CPU per event (user + system), which other work on the machine moves less than the wall clock.
    let cpuPerEvent = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      const report = await profiled(`verify-log-${i}`, () => verifier.verify());
      const used = process.cpuUsage(cpu);
      if (!report.ok) throw new Error(`verification failed: ${report.fault?.messageEn}`);
      checked = report.eventsChecked;
      best = Math.max(best, report.eventsChecked / (Number(process.hrtime.bigint() - t) / 1e9));
      cpuPerEvent = Math.min(cpuPerEvent, (used.user + used.system) / report.eventsChecked);
    }
    log(`verifyLog over ${checked} events (best of 3)`, `${Math.round(best)} events/s (goal ≥ 100,000)`);
    log('verifyLog: CPU of this process per event', `${cpuPerEvent.toFixed(1)} µs`);
    // verifyIncident recomputes every checkpoint from the incident's first to the latest: here the whole log.
    const vi = await timeRuns(3, async () => {
      const r = await auditService.verifyIncident(principal, id);
      if (!r.ok) throw new Error(`incident verification failed: ${r.fault?.messageEn}`);
    });
    log(
      `verifyIncident (${incidentEvents} events, checkpoints over ${logEvents} events)`,
      `p50 ${vi.p50.toFixed(0)} ms`,
    );
    const gqlStart = process.hrtime.bigint();
    await http.call(url, 'verifyLog', VERIFY_LOG, {}, auditor);
    log(
      'verifyLog over GraphQL, once',
      `${((Number(process.hrtime.bigint() - gqlStart) / 1e9) * 1000).toFixed(0)} ms`,
    );

    const result = {
      incidentEvents,
      logEvents,
      historyP50Ms: Number(replay.p50.toFixed(1)),
      historyCoreP50Ms: Number(core.p50.toFixed(1)),
      historyCpuMs: Number(replay.cpuMs.toFixed(1)),
      asOfCpuMs: Number(asOf.cpuMs.toFixed(1)),
      asOfP50Ms: Number(asOf.p50.toFixed(1)),
      asOfCoreP50Ms: Number(fold.p50.toFixed(1)),
      referenceReadP50Ms: Number(ref.p50.toFixed(1)),
      ratioHistoryToReference: Number((ref.p50 / replay.p50).toFixed(2)),
      verifyEventsPerSec: Math.round(best),
      verifyCpuMicrosPerEvent: Number(cpuPerEvent.toFixed(1)),
      referenceReadCpuMicrosPerEvent: Number(((readCpu.user + readCpu.system) / readN).toFixed(1)),
      verifyIncidentP50Ms: Math.round(vi.p50),
      referenceReadEventsPerSec: Math.round(readPerSec),
      ratioVerifyToReference: Number((best / readPerSec).toFixed(2)),
    };
    const width = Math.max(...rows.map(([n]) => n.length));
    process.stdout.write(
      `\n${'audit measurement'.padEnd(width)}  result\n${'-'.repeat(width)}  ${'-'.repeat(30)}\n`,
    );
    for (const [n, v] of rows) process.stdout.write(`${n.padEnd(width)}  ${v}\n`);
    process.stdout.write(
      `${'ratio: reference read / incidentHistory'.padEnd(width)}  ${result.ratioHistoryToReference}\n` +
        `${'ratio: verifyLog / reference read'.padEnd(width)}  ${result.ratioVerifyToReference}\n`,
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await owner.end();
    await pool.end();
    await server.close();
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `audit bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
