import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { DEMO_PASSWORD, demoUnitId } from '@app/demo';
import { GraphqlHttpClient } from '../bench/http-graphql';
import { LocalCluster } from './local-cluster';

/**
 * `npm run bench:cluster`: mutations/s and reads/s through HAProxy for 1, 2 and 3 API processes, with the standby
 * serving audit's reads and without it, in one run on one PostgreSQL 15 primary (durable commits, as production).
 * The same-run reference is one process reached directly, without the balancer and without a standby: what
 * `npm start` on a server's PostgreSQL gives. Every figure shares this machine's cores with PostgreSQL, HAProxy
 * and this load generator.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 16);
/**
 * BENCH_PROFILE=1: while mutations run, sample the primary's pg_stat_activity (what the busy backends wait on) and
 * count statements per mutation with pg_stat_statements. The sampling connection costs a little of the figure.
 */
const PROFILE = process.env.BENCH_PROFILE === '1';
/** BENCH_PROCESSES=1,3: only these process counts (default 1, 2, 3); BENCH_STANDBY=off: only without the standby. */
const PROCESS_COUNTS = (process.env.BENCH_PROCESSES ?? '1,2,3').split(',').map(Number);
const STANDBY = process.env.BENCH_STANDBY === 'off' ? [false] : [false, true];

const REPORT = `mutation R($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`;
const HISTORY = `query H($id: ID!) { incidentHistory(id: $id) { total } }`;
const LOGIN = `mutation L($i: LoginInput!) { login(input: $i) { accessToken } }`;

interface Figures {
  setup: string;
  processes: number;
  balancer: boolean;
  standby: boolean;
  mutationsPerSecond: number;
  readsPerSecond: number;
  readsOnStandby: number;
  /** One task dispatched at a time: its answer, and its live inbox notice on a socket (through the balancer), p50/p99 ms. */
  ackP50: number;
  ackP99: number;
  noticeP50: number;
  noticeP99: number;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
};

/**
 * Live notices across processes: a township's socket (landing on whichever process the balancer picks) subscribed
 * to its inbox while the centre dispatches tasks to it one at a time through the balancer (round robin: mostly
 * through another process, the notice crossing by LISTEN/NOTIFY and the log). The answer's latency is the reference.
 */
async function noticeLatency(
  http: GraphqlHttpClient,
  url: string,
  token: string,
  township: string,
  incidentId: string,
): Promise<{ acks: number[]; notices: number[] }> {
  // Tasks are dispatched on a listed incident.
  await http.call(
    url,
    'assessIncident',
    `mutation A($i: AssessIncidentInput!) { assessIncident(input: $i) { id } }`,
    {
      i: {
        incidentId,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'OTHER',
        grade: 'III',
        reasoning: '研判',
      },
    },
    token,
  );
  await http.call(
    url,
    'listIncident',
    `mutation L($i: ListIncidentInput!) { listIncident(input: $i) { id } }`,
    { i: { incidentId, requirements: '核实' } },
    token,
  );
  const ws = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${township}` },
  });
  let heard = 0;
  let heardAt = 0;
  let wake = () => undefined as void;
  const stop = ws.subscribe<{ inboxChanged: { kind: string; incidentId: string | null } }>(
    { query: `subscription { inboxChanged { kind incidentId } }` },
    {
      next: (v) => {
        const change = v.data?.inboxChanged;
        if (change?.kind === 'TASK_DISPATCHED' && change.incidentId === incidentId) {
          heard++;
          heardAt = performance.now();
          wake();
        }
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  await new Promise((r) => setTimeout(r, 1000));
  const acks: number[] = [];
  const notices: number[] = [];
  try {
    for (let i = 0; i < 40; i++) {
      const expected = heard + 1;
      const heardIt = new Promise<void>((r) => {
        wake = () => (heard >= expected ? r() : undefined);
      });
      const t0 = performance.now();
      await http.call(
        url,
        'dispatchTask',
        `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id } }`,
        { i: { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: `核实 ${i}` } },
        token,
      );
      acks.push(performance.now() - t0);
      await Promise.race([heardIt, new Promise((r) => setTimeout(r, 10_000))]);
      if (heard < expected) throw new Error('a live notice did not arrive within 10 s');
      // When it arrived, answer or not: the notice may come before the answer does.
      notices.push(heardAt - t0);
    }
  } finally {
    stop();
    await ws.dispose();
  }
  return { acks, notices };
}

/** Samples what the primary's busy backends wait on, and counts statements, while `work` runs. */
async function profiled<T>(cluster: LocalCluster, work: (counted: () => void) => Promise<T>): Promise<T> {
  if (!PROFILE) return work(() => undefined);
  const c = new Client({ connectionString: cluster.primary.url('yuqing') });
  await c.connect();
  await c.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  await c.query(`SELECT pg_stat_statements_reset()`);
  const waits = new Map<string, number>();
  let samples = 0;
  let mutations = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await c.query<{ k: string }>(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') || '  ' ||
                regexp_replace(left(query, 70), '\\s+', ' ', 'g') AS k
           FROM pg_stat_activity WHERE datname = 'yuqing' AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      samples++;
      for (const r of rows) waits.set(r.k, (waits.get(r.k) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return await work(() => mutations++);
  } finally {
    sampling = false;
    await sampler;
    const { rows } = await c.query<{ q: string; n: string }>(
      `SELECT regexp_replace(left(query, 90), '\\s+', ' ', 'g') AS q, calls::text AS n FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'yuqing') ORDER BY calls DESC`,
    );
    await c.end();
    const total = rows.reduce((n, r) => n + Number(r.n), 0);
    const out = (line: string) => process.stdout.write(`    ${line}\n`);
    out(
      `profile: ${mutations} mutations, ${total} statements (${(total / mutations).toFixed(1)} a mutation)`,
    );
    for (const r of rows.slice(0, 12))
      out(`${(Number(r.n) / mutations).toFixed(2).padStart(6)} a mutation  ${r.q}`);
    out(`busy backends on average: ${([...waits.values()].reduce((a, b) => a + b, 0) / samples).toFixed(2)}`);
    for (const [k, n] of [...waits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12))
      out(`${((100 * n) / samples).toFixed(0).padStart(4)}% of samples  ${k}`);
  }
}

/** As many calls as `WORKERS` loops make in `SECONDS` (after one second of warm-up), per second. */
async function rate(call: (i: number) => Promise<unknown>): Promise<number> {
  let done = 0;
  let counting = false;
  let stop = false;
  const loops = Array.from({ length: WORKERS }, async (_, w) => {
    for (let i = 0; !stop; i++) {
      await call(w * 1_000_000 + i);
      if (counting) done++;
    }
  });
  await new Promise((r) => setTimeout(r, 1000));
  counting = true;
  const started = Date.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  counting = false;
  const elapsed = (Date.now() - started) / 1000;
  stop = true;
  await Promise.all(loops);
  return Math.round(done / elapsed);
}

async function measure(
  cluster: LocalCluster,
  url: string,
  setup: string,
  balancer: boolean,
): Promise<Figures> {
  const http = new GraphqlHttpClient(60_000);
  try {
    const token = async (username: string) =>
      (
        await http.call<{ login: { accessToken: string } }>(url, 'login', LOGIN, {
          i: { username, password: DEMO_PASSWORD },
        })
      ).login.accessToken;
    const centre = await token('zhouming');
    const auditor = await token('qianjun');
    const township = await token('lina');
    const ids: string[] = [];
    const mutationsPerSecond = await profiled(cluster, (counted) =>
      rate(async (i) => {
        const r = await http.call<{ reportIncident: { id: string } }>(
          url,
          'reportIncident',
          REPORT,
          {
            i: {
              channel: 'MONITORING',
              platform: 'WEIBO',
              title: `基准 ${setup} ${i}`,
              urls: ['https://weibo.example/p/9'],
              discoveredAt: new Date().toISOString(),
            },
          },
          centre,
        );
        if (ids.length < 200) ids.push(r.reportIncident.id);
        counted();
      }),
    );
    const scans = () =>
      cluster.o.replica === false
        ? Promise.resolve(0)
        : cluster.replica
            .query<{ n: string }>(
              `SELECT (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text AS n FROM pg_stat_user_tables
                WHERE relname = 'es_events'`,
              [],
              'yuqing',
            )
            .then((r) => Number(r[0]?.n ?? 0));
    const live = await noticeLatency(http, url, centre, township, ids[0]);
    const before = await scans();
    const readsPerSecond = await rate((i) =>
      http.call(url, 'incidentHistory', HISTORY, { id: ids[i % ids.length] }, auditor),
    );
    return {
      setup,
      processes: cluster.apis.length,
      balancer,
      standby: cluster.o.replica !== false,
      mutationsPerSecond,
      readsPerSecond,
      readsOnStandby: (await scans()) - before,
      ackP50: percentile(live.acks, 50),
      ackP99: percentile(live.acks, 99),
      noticeP50: percentile(live.notices, 50),
      noticeP99: percentile(live.notices, 99),
    };
  } finally {
    http.close();
  }
}

async function main(): Promise<void> {
  const dir = path.join(ROOT, '.data', 'cluster-bench');
  const basePort = Number(process.env.CLUSTER_BENCH_PORT ?? 55670);
  const entry = path.join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(
    `Cluster benchmark: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(
        ' ',
      )}; ${WORKERS} concurrent clients, ${SECONDS} s per figure; PostgreSQL 15 with durable commits`,
  );
  const apiEnv = { SEAL_INTERVAL_MS: '0', NOTIFY_TICK_MS: '0', ROSTER_CHECK_MS: '0' };
  const results: Figures[] = [];
  let current: LocalCluster | null = null;
  // Ctrl-C stops the cluster being measured, not only this process.
  process.once('SIGINT', () => {
    void (current?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
  const run = async (processes: number, replica: boolean, direct: boolean) => {
    const cluster = new LocalCluster({
      dir,
      basePort,
      processes,
      entry,
      root: ROOT,
      replica,
      apiEnv,
      pgSettings: PROFILE ? ['-c shared_preload_libraries=pg_stat_statements'] : undefined,
    });
    current = cluster;
    try {
      await cluster.start();
      const url = direct ? cluster.apis[0].url : cluster.url;
      const setup = direct
        ? 'reference: 1 process, direct'
        : `${processes} process${processes > 1 ? 'es' : ''}, HAProxy, standby ${replica ? 'on' : 'off'}`;
      const f = await measure(cluster, url, setup, !direct);
      results.push(f);
      say(
        `${f.setup.padEnd(38)} ${String(f.mutationsPerSecond).padStart(5)} mutations/s ` +
          `${String(f.readsPerSecond).padStart(6)} reads/s  (standby log scans ${f.readsOnStandby}); ` +
          `a dispatch answered p50/p99 ${f.ackP50}/${f.ackP99} ms, its live notice ${f.noticeP50}/${f.noticeP99} ms`,
      );
    } finally {
      await cluster.stop();
    }
  };
  await run(1, false, true);
  for (const processes of PROCESS_COUNTS) for (const replica of STANDBY) await run(processes, replica, false);
  await run(1, false, true);
  say(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  say(JSON.stringify({ cores: cpus().length, workers: WORKERS, seconds: SECONDS, results }));
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
