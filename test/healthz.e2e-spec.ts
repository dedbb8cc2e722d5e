import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { TimerService } from '@app/timers';
import { ApiFixture, login, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * /healthz for operators: `ok` while read models follow the log and timers run on time; `degraded`, naming the
 * backlog, when due timers (reminders, 督办) have been left unrun for well past their time; `unavailable` (503)
 * while the database cannot be reached, when /healthz/live still answers.
 */
const clock = new ManualClock('2025-06-02T00:00:00.000Z');
let api: ApiFixture;

const health = async () =>
  (await fetch(api.url.replace('/graphql', '/healthz'))).json() as Promise<Record<string, unknown>>;

beforeAll(async () => {
  // Timers run on their own once an hour here: a backlog shows once they are five hours late.
  api = await startApi({ label: 'healthz', clock, timerTickMs: 3_600_000 });
});
afterAll(() => api.close());

it('is degraded while due timers are left unrun, and ok again once they have run', async () => {
  expect(await health()).toEqual({ status: 'ok' });
  const centre = await login(api.url, 'zhouming');
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '供水管网爆管',
    discoveredAt: clock.now(),
  });
  ok(
    await mutate(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实' },
      'id',
    ),
  );
  clock.set(new Date('2025-06-02T20:00:00.000Z'));
  expect(await health()).toEqual({
    status: 'degraded',
    lateTimers: { late: 5, oldestDueAt: '2025-06-02T01:00:00.000Z' },
  });
  await api.server.app.get(TimerService).fireDue();
  expect(await health()).toEqual({ status: 'ok' });
});

it('/healthz/live answers while the process runs; /healthz/ready says 503 and why while the database refuses it', async () => {
  const base = api.url.replace('/graphql', '');
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  expect(await get('/healthz/live')).toEqual({ status: 200, body: { status: 'ok' } });
  expect(await get('/healthz/ready')).toEqual({ status: 200, body: { status: 'ok' } });
  // The database stops taking the application's connections (as while it restarts); the one readiness holds is cut.
  const owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  try {
    await owner.query(`ALTER DATABASE "${api.db.name}" CONNECTION LIMIT 0`);
    await owner.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'yuqing-readiness'`,
    );
    const down = await get('/healthz/ready');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      status: 'unavailable',
      database: { reachable: false, error: expect.stringContaining('connection') },
    });
    expect((await get('/healthz')).status).toBe(503);
    expect(await get('/healthz/live')).toEqual({ status: 200, body: { status: 'ok' } });
  } finally {
    await owner.query(`ALTER DATABASE "${api.db.name}" CONNECTION LIMIT -1`);
    await owner.end();
  }
  expect(await get('/healthz/ready')).toEqual({ status: 200, body: { status: 'ok' } });
});
