import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Client, Pool } from 'pg';
import { DatabaseUrls } from '@app/database';
import { LogSigningKey, MemoryCheckpointWitness } from '@app/event-store';
import { DEMO_PASSWORD, DemoSeeder, demoUnitId } from '@app/demo';
import { RunningServer, startApiServer } from '../../apps/api/src/api-server';
import { AppConfig } from '../../apps/api/src/app-config';
import { benchDatabase } from './bench-database';
import {
  countSqlStatements,
  GraphqlHttpClient,
  LevelRun,
  percentile,
  runLevel,
  SqlCounts,
  Timer,
} from './http-graphql';

/**
 * `npm run bench:api`: the 派单 → 签收 → 交单 → 审核 round trip over HTTP at concurrency 1, 8 and 32, beside a
 * baseline measured in the same run on the same database server and with the same HTTP client: a bare Apollo
 * Server whose one mutation does one INSERT. Prints a table for people and, as its last line, one JSON object for
 * machines.
 */
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 8);
const WARMUP_SECONDS = Number(process.env.BENCH_API_WARMUP_SECONDS ?? 2);
const TIMEOUT_MS = Number(process.env.BENCH_API_TIMEOUT_MS ?? 20_000);
/**
 * Unset: the API exactly as `npm start` builds it (startApiServer: its pg pools have the default 16 connections).
 * Set: the same modules with pools of this size, to measure around a pool limit.
 */
const API_POOL_SIZE = process.env.BENCH_API_POOL_SIZE ? Number(process.env.BENCH_API_POOL_SIZE) : undefined;
/** What DatabaseModule gives the API by default. */
const DEFAULT_POOL_SIZE = 16;
const LEVELS = [1, 8, 32];
/** Access tokens last 15 minutes; sign in again well before. */
const TOKEN_REFRESH_MS = 10 * 60_000;
const GOAL_P99_MS = 50;
const GOAL_RATIO = 0.5;
const KINDS = ['dispatchTask', 'signTask', 'handInTask', 'reviewTask'];

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REPORT = `mutation R($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`;
const ASSESS = `mutation A($i: AssessIncidentInput!) { assessIncident(input: $i) { grade } }`;
const LIST = `mutation L($i: ListIncidentInput!) { listIncident(input: $i) { status } }`;
const DISPATCH = `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id status } }`;
const SIGN = `mutation S($i: SignTaskInput!) { signTask(input: $i) { id status } }`;
const HAND_IN = `mutation H($i: HandInTaskInput!) { handInTask(input: $i) { id status } }`;
const REVIEW = `mutation V($i: ReviewTaskInput!) { reviewTask(input: $i) { id status } }`;
const BASELINE_MUTATION = `mutation B($i: RecordInput!) { record(input: $i) { id } }`;

const round1 = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());
/** Waits for `p` at most `ms`: shutting down after a failure must not hang on a stuck request. */
const bounded = (p: Promise<unknown>, ms: number) => Promise.race([p.catch(() => undefined), sleep(ms)]);

/** The API on a free port: startApiServer as shipped, or the same application with pools of `poolSize`. */
function startApi(urls: DatabaseUrls, poolSize: number | undefined): Promise<RunningServer> {
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    production: false,
    sealIntervalMs: 0,
    seedDemo: false,
  };
  // Errors and warnings go to stderr, so that a failed mutation's cause is on the screen.
  const integrity = {
    hashAlgorithm: 'sha256' as const,
    signingKey: LogSigningKey.generate(),
    witness: new MemoryCheckpointWitness(),
  };
  return startApiServer({ urls, config, poolSize, integrity, logLevels: ['error', 'warn'] });
}

/** How the API's database sessions stand: after a failure, says whether its pool was stuck. */
async function sessionReport(ownerUrl: string): Promise<string> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ state: string | null; n: string }>(
      `SELECT state, count(*)::text AS n FROM pg_stat_activity
        WHERE datname = current_database() AND usename = 'yuqing_app' GROUP BY state ORDER BY state`,
    );
    return rows.map((r) => `${r.n} ${r.state ?? 'unknown'}`).join(', ') || 'none';
  } finally {
    await c.end();
  }
}

interface Stats {
  perSec: number;
  p50: number;
  p99: number;
}

/** Pooled latency of every mutation of a run, and per kind. */
function latency(run: LevelRun, kinds: string[]): { all: Stats; byKind: Map<string, Stats> } {
  const all = kinds.flatMap((k) => run.samples.get(k) ?? []).sort((a, b) => a - b);
  const stats = (s: number[]): Stats => ({
    perSec: s.length / run.seconds,
    p50: percentile(s, 50),
    p99: percentile(s, 99),
  });
  return { all: stats(all), byKind: new Map(kinds.map((k) => [k, stats(run.samples.get(k) ?? [])])) };
}

/** Set once the failure has been explained, so that it is not printed twice. */
let reported = false;

async function main(): Promise<void> {
  const db = await benchDatabase();
  const http = new GraphqlHttpClient(TIMEOUT_MS);
  // BENCH_API_SQL_DETAIL=1: also which statements a mutation sends at c1, on stderr.
  const sqlDetail = Boolean(process.env.BENCH_API_SQL_DETAIL);
  const sql = countSqlStatements(sqlDetail);
  const poolSize = API_POOL_SIZE ?? DEFAULT_POOL_SIZE;
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  progress(
    `Benchmarking the API on ${db.serverLabel}, ${SECONDS} s per level (BENCH_API_SECONDS), warm-up ${WARMUP_SECONDS} s, ` +
      `API pool ${poolSize} connections${API_POOL_SIZE === undefined ? ' (as shipped)' : ' (BENCH_API_POOL_SIZE)'}`,
  );
  let server: RunningServer | undefined;
  let baseline: ApolloServer | undefined;
  let baselinePool: Pool | undefined;
  let failed = false;
  try {
    server = await startApi({ appUrl: db.appUrl, ownerUrl: db.ownerUrl }, API_POOL_SIZE);
    await server.app.get(DemoSeeder).seed();
    const api = `${server.url}/graphql`;
    const donghu = demoUnitId('donghu');

    // Sign in once per user and reuse the token; sign in again only when it nears its 15 minutes.
    const sessions = new Map<string, { token: Promise<string>; at: number }>();
    const token = (username: string): Promise<string> => {
      const s = sessions.get(username);
      if (s && Date.now() - s.at < TOKEN_REFRESH_MS) return s.token;
      const fresh = http
        .call<{ login: { accessToken: string } }>(api, `login ${username}`, LOGIN, {
          input: { username, password: DEMO_PASSWORD },
        })
        .then((d) => d.login.accessToken);
      sessions.set(username, { token: fresh, at: Date.now() });
      return fresh;
    };
    const centre = () => token('zhouming'); // 周明, county centre duty officer: reports, dispatches, reviews
    const township = () => token('lina'); // 李娜, 东湖镇: signs and hands in
    await Promise.all([centre(), township()]);

    // Setup, untimed: one incident per worker per level (reported, assessed III, listed), so that workers never
    // share an incident stream and every level starts from incidents of the same, short length.
    const newIncident = async (n: number): Promise<string> => {
      const t = await centre();
      const { reportIncident } = await http.call<{ reportIncident: { id: string } }>(
        api,
        'reportIncident',
        REPORT,
        {
          i: {
            channel: 'MONITORING',
            platform: 'WEIBO',
            title: `基准测试事件 ${n}：东湖镇村民反映道路施工扰民`,
            excerpt: '网帖称东湖镇某村道路施工夜间扰民，引发讨论。',
            urls: [`https://weibo.example/p/bench-${n}`],
            discoveredAt: new Date(Date.now() - 60_000).toISOString(),
            spread: { posts: 3, reposts: 120, comments: 40, views: 9000, mainstreamMediaPickups: 0 },
          },
        },
        t,
      );
      const incidentId = reportIncident.id;
      await http.call(
        api,
        'assessIncident',
        ASSESS,
        {
          i: {
            incidentId,
            nature: 'INQUIRY_APPEAL',
            veracity: 'UNVERIFIED',
            field: 'OTHER',
            grade: 'III',
            reasoning: '基准测试：涉及群众切身利益',
            indicators: ['转发 120'],
          },
        },
        t,
      );
      await http.call(
        api,
        'listIncident',
        LIST,
        { i: { incidentId, requirements: '12小时内书面反馈核查和处置情况' } },
        t,
      );
      return incidentId;
    };
    const warmupWorkers = 8;
    const needed = warmupWorkers + LEVELS.reduce((a, b) => a + b, 0);
    progress(`Setting up ${needed} incidents (reported, assessed III, listed)…`);
    const incidents: string[] = [];
    for (let n = 0; n < needed; n += 8) {
      incidents.push(
        ...(await Promise.all(Array.from({ length: Math.min(8, needed - n) }, (_, i) => newIncident(n + i)))),
      );
    }

    // One round trip: four mutations by two users of two units, each timed on its own.
    const roundTrip = async (incidentId: string, time: Timer): Promise<void> => {
      const { dispatchTask } = await time('dispatchTask', async () =>
        http.call<{ dispatchTask: { id: string } }>(
          api,
          'dispatchTask',
          DISPATCH,
          { i: { incidentId, unitId: donghu, role: 'LEAD', requirements: '核实情况并回应群众关切' } },
          await centre(),
        ),
      );
      const taskId = dispatchTask.id;
      await time('signTask', async () =>
        http.call(api, 'signTask', SIGN, { i: { taskId } }, await township()),
      );
      await time('handInTask', async () =>
        http.call(
          api,
          'handInTask',
          HAND_IN,
          {
            i: {
              taskId,
              factsFound: '施工单位夜间作业属实',
              measures: '约谈施工单位，调整作业时间',
              result: '已停止夜间施工，群众认可',
              evidence: [],
            },
          },
          await township(),
        ),
      );
      await time('reviewTask', async () =>
        http.call(api, 'reviewTask', REVIEW, { i: { taskId, accept: true, reason: '' } }, await centre()),
      );
    };

    // The baseline: a bare Apollo Server, one mutation, one INSERT through pg, same server and role as the API.
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query(`CREATE TABLE bench_baseline (id bigserial PRIMARY KEY, payload jsonb NOT NULL)`);
    await owner.query(`GRANT SELECT, INSERT ON bench_baseline TO yuqing_app`);
    await owner.query(`GRANT USAGE ON SEQUENCE bench_baseline_id_seq TO yuqing_app`);
    await owner.end();
    const pool = new Pool({ connectionString: db.appUrl, max: poolSize });
    baselinePool = pool;
    baseline = new ApolloServer({
      typeDefs: `#graphql
        type Query { ok: Boolean! }
        input RecordInput { title: String! note: String! }
        type Record { id: ID! }
        type Mutation { record(input: RecordInput!): Record! }`,
      resolvers: {
        Query: { ok: () => true },
        Mutation: {
          record: async (_: unknown, args: { input: { title: string; note: string } }) => {
            const res = await pool.query<{ id: string }>(
              `INSERT INTO bench_baseline (payload) VALUES ($1) RETURNING id`,
              [JSON.stringify(args.input)],
            );
            return { id: res.rows[0].id };
          },
        },
      },
    });
    const { url: baselineUrl } = await startStandaloneServer(baseline, {
      listen: { port: 0, host: '127.0.0.1' },
    });
    const baselineOnce = async (worker: number, time: Timer): Promise<void> => {
      await time('record', () =>
        http.call(baselineUrl, 'baseline record', BASELINE_MUTATION, {
          i: { title: '基准测试', note: `worker ${worker}` },
        }),
      );
    };

    // Warm-up: the API on its own incidents, then the baseline.
    progress(`Warm-up: ${WARMUP_SECONDS} s of round trips at c${warmupWorkers}, then of baseline mutations`);
    const warm = await runLevel(warmupWorkers, WARMUP_SECONDS * 1000, (w, time) =>
      roundTrip(incidents[w], time),
    );
    progress(`  API warm-up: ${warm.iterations} round trips`);
    await runLevel(warmupWorkers, WARMUP_SECONDS * 1000, baselineOnce);

    const ours = new Map<number, LevelRun>();
    const base = new Map<number, LevelRun>();
    /** SQL sent by the API per mutation, per level (all kinds) and, at c1 where nothing overlaps, per kind. */
    const sqlPerMutation = new Map<number, SqlCounts>();
    const sqlByKind = new Map<string, number[]>();
    const attributed =
      (time: Timer): Timer =>
      async (name, op) => {
        const before = sql().statements;
        const result = await time(name, op);
        let list = sqlByKind.get(name);
        if (!list) sqlByKind.set(name, (list = []));
        list.push(sql().statements - before);
        return result;
      };
    let next = warmupWorkers;
    for (const c of LEVELS) {
      const mine = incidents.slice(next, next + c);
      next += c;
      progress(`API c${c}: ${SECONDS} s…`);
      let before = sql();
      const run = await runLevel(
        c,
        SECONDS * 1000,
        (w, time) => roundTrip(mine[w], c === 1 ? attributed(time) : time),
        () => {
          before = sql();
          if (c === 1) sqlByKind.clear();
        },
      );
      const after = sql();
      const mutations = run.iterations * KINDS.length;
      if (sqlDetail && c === 1 && after.byText) {
        const was = before.byText ?? new Map<string, number>();
        const rows = [...after.byText]
          .map(([t, n]): [string, number] => [t, (n - (was.get(t) ?? 0)) / mutations])
          .filter(([, n]) => n >= 0.05)
          .sort((a, b) => b[1] - a[1]);
        progress(`  SQL per mutation at c1, by statement:`);
        for (const [t, n] of rows) progress(`  ${n.toFixed(2).padStart(7)}  ${t}`);
      }
      sqlPerMutation.set(c, {
        statements: (after.statements - before.statements) / mutations,
        commits: (after.commits - before.commits) / mutations,
      });
      ours.set(c, run);
      const l = latency(run, KINDS).all;
      progress(
        `  ${(run.iterations / run.seconds).toFixed(1)} round trips/s, p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms`,
      );
      progress(`baseline c${c}: ${SECONDS} s…`);
      const b = await runLevel(c, SECONDS * 1000, baselineOnce);
      base.set(c, b);
      const bl = latency(b, ['record']).all;
      progress(
        `  ${bl.perSec.toFixed(0)} mutations/s, p50 ${bl.p50.toFixed(1)} ms, p99 ${bl.p99.toFixed(1)} ms`,
      );
    }

    // Results.
    const key = (c: number) => `c${c}`;
    const byLevel = <T>(f: (c: number) => T): Record<string, T> =>
      Object.fromEntries(LEVELS.map((c) => [key(c), f(c)]));
    const runOf = (m: Map<number, LevelRun>, c: number): LevelRun => {
      const r = m.get(c);
      if (!r) throw new Error(`no run at c${c}`);
      return r;
    };
    const oursAt = (c: number) => latency(runOf(ours, c), KINDS);
    const baseAt = (c: number) => latency(runOf(base, c), ['record']).all;
    const top = LEVELS[LEVELS.length - 1];
    const result = {
      roundTripsPerSec: byLevel((c) => round1(runOf(ours, c).iterations / runOf(ours, c).seconds)),
      p99Ms: byLevel((c) => round1(oursAt(c).all.p99)),
      p50Ms: byLevel((c) => round1(oursAt(c).all.p50)),
      mutationsPerSec: byLevel((c) => round1(oursAt(c).all.perSec)),
      baselinePerSec: byLevel((c) => round1(baseAt(c).perSec)),
      baselineP99Ms: byLevel((c) => round1(baseAt(c).p99)),
      ratioToBaseline: Number((oursAt(top).all.perSec / baseAt(top).perSec).toFixed(2)),
    };

    const out: string[] = [];
    const table = (head: string[], rows: string[][]) => {
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
      const line = (cells: string[]) =>
        cells.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
      out.push(line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line));
    };
    const ms = (n: number) => n.toFixed(1);
    out.push(
      '',
      `API round trip 派单→签收→交单→审核 over HTTP, ${db.serverLabel}, ${SECONDS} s per level`,
      '',
    );
    table(
      [
        'level',
        'round trips/s',
        'mutations/s',
        'p50 ms',
        'p99 ms',
        'baseline/s',
        'baseline p50',
        'baseline p99',
        'ratio',
      ],
      LEVELS.map((c) => {
        const o = oursAt(c).all;
        const b = baseAt(c);
        return [
          key(c),
          (runOf(ours, c).iterations / runOf(ours, c).seconds).toFixed(1),
          o.perSec.toFixed(1),
          ms(o.p50),
          ms(o.p99),
          b.perSec.toFixed(0),
          ms(b.p50),
          ms(b.p99),
          (o.perSec / b.perSec).toFixed(2),
        ];
      }),
    );
    out.push('', 'per mutation, p50 / p99 ms');
    table(
      ['level', ...KINDS],
      LEVELS.map((c) => {
        const k = oursAt(c).byKind;
        return [
          key(c),
          ...KINDS.map((name) => {
            const s = k.get(name);
            return s ? `${ms(s.p50)} / ${ms(s.p99)}` : '-';
          }),
        ];
      }),
    );
    const median = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      );
    out.push(
      '',
      `SQL statements the API sent per mutation (explicit COMMITs): ${LEVELS.map((c) => {
        const q = sqlPerMutation.get(c);
        return q ? `c${c} ${q.statements.toFixed(1)} (${q.commits.toFixed(1)})` : '';
      }).join(', ')}`,
      `  per kind at c1 (median): ${KINDS.map((k) => `${k} ${median(sqlByKind.get(k) ?? [])}`).join(', ')}; baseline 1`,
    );
    const total = LEVELS.reduce((a, c) => a + runOf(ours, c).iterations, 0);
    const p99Top = oursAt(top).all.p99;
    out.push(
      '',
      `failed mutations: 0 (any failure aborts the bench); ${total} timed round trips, ${total * KINDS.length} mutations`,
      `goal p99 < ${GOAL_P99_MS} ms at c${top}:  ${ms(p99Top)} ms — ${p99Top < GOAL_P99_MS ? 'met' : 'NOT met'}`,
      `goal ratio to baseline ≥ ${GOAL_RATIO} (c${top}):  ${result.ratioToBaseline} — ${result.ratioToBaseline >= GOAL_RATIO ? 'met' : 'NOT met'}`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (err) {
    failed = true;
    reported = true;
    process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
    const sessions = await sessionReport(db.ownerUrl).catch((e: unknown) => String(e));
    process.stderr.write(`Sessions of the app role at the failure: ${sessions}\n`);
    throw err;
  } finally {
    http.close();
    // After a failure requests may be stuck: wait a little, then the database is dropped WITH (FORCE) regardless.
    const grace = failed ? 3000 : 60_000;
    await bounded(baseline?.stop() ?? Promise.resolve(), grace);
    await bounded(baselinePool?.end() ?? Promise.resolve(), grace);
    await bounded(server?.close() ?? Promise.resolve(), grace);
    await db.close();
  }
}

main().catch((err: unknown) => {
  if (reported) process.exit(1);
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
