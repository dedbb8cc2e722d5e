import { Client as WsClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ApiProcess, FaultDatabase, startApiProcess } from './support/api-process';
import { FaultClient, runLoad } from './support/fault-client';
import { FaultCluster } from './support/fault-cluster';

/**
 * Issue 17, items 1 and 2: PostgreSQL goes away under load — killed with SIGKILL, restarted with
 * `pg_ctl restart -m fast` — while two API processes (the built `npm start` entry) serve a county's ordinary work.
 * No process exits; a request caught by the outage is answered with a coded, retryable error; every write that was
 * acknowledged is in the log once; a live inbox opened before the faults hears everything after them; and
 * /healthz/ready says what is wrong (503) while /healthz/live stays up.
 */
let cluster: FaultCluster;
let db: FaultDatabase;
let a: ApiProcess;
let b: ApiProcess;
let client: FaultClient;
let ws: WsClient | undefined;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for `check`; on timeout says whether a process died, with its last words. */
async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) {
      const dead = [a, b].filter((p) => p.exit);
      const why = dead.map((p) => `${p.name} exited ${JSON.stringify(p.exit)}:\n${p.output().slice(-3000)}`);
      throw new Error(`timed out waiting for ${what}; ${why.join('\n') || 'both processes alive'}`);
    }
    await sleep(100);
  }
}

const health = async (p: ApiProcess, path: string) => {
  try {
    const res = await fetch(`${p.base}${path}`, { signal: AbortSignal.timeout(10_000) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  } catch (err) {
    return { status: 0, body: { error: String(err) } };
  }
};

beforeAll(async () => {
  cluster = new FaultCluster();
  await cluster.start();
  db = new FaultDatabase(cluster, 'restart');
  a = await startApiProcess('a', db, { seed: true });
  b = await startApiProcess('b', db);
  client = new FaultClient([a, b]);
  for (const u of ['zhouming', 'lina', 'gaoyang', 'linfang']) await client.login(u);
});

afterAll(async () => {
  await ws?.dispose();
  await cluster.start();
  for (const p of [a, b]) await p?.stop();
  await db?.drop();
});

it('survives SIGKILL and fast restarts of PostgreSQL under load: no exit, no acknowledged write lost, ready says why', async () => {
  // A township's live inbox on process b, opened before anything goes wrong.
  const token = await client.retrying<{ login: { accessToken: string } }>(
    null,
    `mutation L($i: LoginInput!) { login(input: $i) { accessToken } }`,
    { i: { username: 'lina', password: 'Qingshui@2026' } },
    undefined,
  );
  ws = createClient({
    url: b.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token.login.accessToken}` },
    retryAttempts: 0,
  });
  const heard: string[] = [];
  const subscriptionErrors: unknown[] = [];
  ws.subscribe<{ inboxChanged: { kind: string; refId: string } }>(
    { query: `subscription { inboxChanged { kind refId } }` },
    {
      next: (v) => {
        if (v.errors) subscriptionErrors.push(v.errors);
        if (v.data?.inboxChanged.kind === 'TASK_DISPATCHED') heard.push(v.data.inboxChanged.refId);
      },
      error: (e) => subscriptionErrors.push(e),
      complete: () => undefined,
    },
  );
  await sleep(500);

  const load = runLoad(client, 8, 'restart');
  const progress = async (more: number) => {
    const target = client.acks.length + more;
    await until(`${more} more acknowledged writes`, () => client.acks.length >= target, 120_000);
  };
  const readiness: { fault: string; status: number; body: Record<string, unknown> }[] = [];
  const faults = ['SIGKILL', 'restart -m fast', 'SIGKILL', 'restart -m fast'];
  try {
    await progress(50);
    for (const fault of faults) {
      if (fault === 'SIGKILL') {
        await cluster.killHard();
        // While the database is down: each process is alive, and not ready, and says why.
        for (const p of [a, b]) {
          await until(
            `${p.name} not ready`,
            async () => (await health(p, '/healthz/ready')).status === 503,
            30_000,
          );
          readiness.push({ fault, ...(await health(p, '/healthz/ready')) });
          expect((await health(p, '/healthz/live')).status).toBe(200);
        }
        await sleep(1000);
        await cluster.start();
      } else {
        await cluster.restartFast();
      }
      for (const p of [a, b])
        await until(`${p.name} ready again`, async () => (await health(p, '/healthz/ready')).status === 200);
      await progress(50);
    }
  } finally {
    await load.stop();
  }

  // Nobody died.
  const died = [a, b].filter((p) => p.exit);
  expect(died.map((p) => `${p.name} ${JSON.stringify(p.exit)}: ${p.output().slice(-2500)}`)).toEqual([]);
  expect(a.output() + b.output()).not.toMatch(/Unhandled 'error' event|unhandledRejection|ECONNRESET\n\s+at/);
  expect(load.failures).toEqual([]);
  // Every request the outage caught was answered with a code a client can act on: try again.
  expect(client.notRetryable).toEqual([]);
  for (const r of readiness) {
    expect(r.body).toMatchObject({ status: 'unavailable', database: { reachable: false } });
  }

  // Every acknowledged write is in the log, exactly once.
  const claimed = await db.query<{ key: string; n: string }>(
    `SELECT split_part(idempotency_key, '#', 1) AS key, count(*)::text AS n FROM es_idempotency_keys
      WHERE split_part(idempotency_key, '#', 1) = ANY($1::text[]) GROUP BY 1`,
    [client.acks.map((k) => k.key)],
  );
  const byKey = new Map(claimed.map((r) => [r.key, Number(r.n)]));
  const lost = client.acks.filter((k) => byKey.get(k.key) !== 1);
  expect(lost).toEqual([]);
  const reported = await db.query<{ title: string; n: string }>(
    `SELECT data->>'title' AS title, count(*)::text AS n FROM es_events
      WHERE event_type = 'IncidentReported' AND data->>'title' LIKE 'restart %' GROUP BY 1`,
  );
  expect(reported.filter((r) => r.n !== '1')).toEqual([]);
  expect(reported).toHaveLength(client.acks.filter((k) => k.mutation === 'reportIncident').length);
  const views = await db.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM incident_view WHERE incident_id = ANY($1::uuid[])`,
    [load.incidents],
  );
  expect(Number(views[0].n)).toBe(load.incidents.length);

  // The live inbox opened before the faults heard every task sent to the township, once, faults or not.
  const donghu = load.tasks.filter((t) => t.unit === 'donghu').map((t) => t.id);
  await until('the live inbox to catch up', () => donghu.every((id) => heard.includes(id)), 30_000);
  expect(subscriptionErrors).toEqual([]);
  expect(heard.filter((id) => donghu.includes(id)).sort()).toEqual([...donghu].sort());

  process.stdout.write(
    `database restarts: ${faults.length} faults survived; ${client.acks.length} acknowledged writes ` +
      `(${client.requests} requests); answers that were not acknowledgements: ${JSON.stringify([...client.refusals])}\n`,
  );
});
