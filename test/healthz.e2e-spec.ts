import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { TimerService } from '@app/timers';
import { ApiFixture, login, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * /healthz for operators: `ok` while read models follow the log and timers run on time; `degraded`, naming the
 * backlog, when due timers (reminders, 督办) have been left unrun for well past their time.
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
