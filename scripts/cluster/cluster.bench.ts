import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { DEMO_PASSWORD } from '@app/demo';
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
    const ids: string[] = [];
    const mutationsPerSecond = await rate(async (i) => {
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
    });
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
  const run = async (processes: number, replica: boolean, direct: boolean) => {
    const cluster = new LocalCluster({ dir, basePort, processes, entry, root: ROOT, replica, apiEnv });
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
          `${String(f.readsPerSecond).padStart(6)} reads/s  (standby log scans ${f.readsOnStandby})`,
      );
    } finally {
      await cluster.stop();
    }
  };
  await run(1, false, true);
  for (const processes of [1, 2, 3])
    for (const replica of [false, true]) await run(processes, replica, false);
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
