import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { TimerService } from '@app/timers';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * A county that counts its deadlines in working time (its holiday calendar, with 调休): a task dispatched on the eve
 * of National Day 2025 is due after the holiday, its hard limit falls on the make-up Saturday, and the task keeps the
 * rule it was dispatched under.
 */
const clock = new ManualClock('2025-09-30T08:00:00.000Z'); // Tuesday 30 September 2025, 16:00 Beijing time
let api: ApiFixture;
let admin: Session;
let centre: Session;
let auditor: Session;

beforeAll(async () => {
  api = await startApi({ label: 'working-time', clock });
  [admin, centre, auditor] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'qianjun'].map((u) => login(api.url, u)),
  );
});
afterAll(() => api.close());

it('a III task set on the eve of National Day is due after the holiday; its hard limit on the make-up Saturday', async () => {
  const set = ok(
    await mutate<{ deadlinePolicy: { onWorkingTime: boolean; custom: boolean } }>(
      api.url,
      admin.token,
      'setDeadlinePolicy',
      {
        feedbackHours: 8,
        hardCapHours: 16,
        defaultHours: 16,
        sameDayForInquiries: true,
        onWorkingTime: true,
      },
      'deadlinePolicy { onWorkingTime custom }',
    ),
  ).setDeadlinePolicy;
  expect(set.deadlinePolicy).toEqual({ onWorkingTime: true, custom: true });

  const incidentId = await listedIncident(api.url, centre.token, {
    title: '节前征地补偿网帖',
    discoveredAt: clock.now(),
  });
  const task = ok(
    await mutate<{ dueAt: string; hardDueAt: string; deadlineRule: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并书面反馈' },
      'dueAt hardDueAt deadlineRule',
    ),
  ).dispatchTask;
  // 16:00–17:30 (1.5 h), 1–8 Oct off, Thu 9 Oct 08:30–12:00 and 14:00–17:00: 8 working hours.
  expect(task).toEqual({
    dueAt: '2025-10-09T09:00:00.000Z', // 17:00 Beijing
    // 16 working hours: …Thu 9 Oct to 17:30, Fri 10 Oct whole day, Sat 11 Oct (调休, a working day) 08:30–09:00.
    hardDueAt: '2025-10-11T01:00:00.000Z', // 09:00 Beijing
    deadlineRule: 'WRITTEN_FEEDBACK',
  });

  const compliance = ok(
    await gql<{
      deadlineCompliance: { tasks: { policyInForce: { feedbackHours: number; onWorkingTime: boolean } }[] };
    }>(
      api.url,
      `query C($id: ID!) { deadlineCompliance(incidentId: $id) { tasks { policyInForce { feedbackHours onWorkingTime } } } }`,
      { id: incidentId },
      { token: auditor.token },
    ),
  ).deadlineCompliance;
  expect(compliance.tasks[0].policyInForce).toEqual({ feedbackHours: 8, onWorkingTime: true });
});

it('its nearly-due reminders fall in working time, not in the middle of the holiday', async () => {
  const timers = api.server.app.get(TimerService);
  const nearlyDue = async (taskId: string) =>
    (await timers.fireDue()).filter(
      (r) => r.subjectId === taskId && r.kind === 'TASK_NEARLY_DUE' && r.outcome === 'FIRED',
    );
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '节前供暖费网帖',
    discoveredAt: clock.now(),
  });
  const task = ok(
    await mutate<{ id: string; dueAt: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并书面反馈' },
      'id dueAt',
    ),
  ).dispatchTask;
  expect(task.dueAt).toBe('2025-10-09T09:00:00.000Z'); // Thursday 9 October, 17:00
  // 75 % of the time on the wall clock would be 7 October 10:45, a holiday: nothing then.
  clock.set(new Date('2025-10-07T03:00:00.000Z'));
  expect(await nearlyDue(task.id)).toEqual([]);
  // 75 % of the eight office hours (6 h) is reached on 9 October at 15:00; the hour-before reminder at 16:00.
  clock.set(new Date('2025-10-09T06:59:00.000Z'));
  expect(await nearlyDue(task.id)).toEqual([]);
  clock.set(new Date('2025-10-09T07:00:00.000Z'));
  expect((await nearlyDue(task.id)).map((r) => r.dueAt.toISOString())).toEqual(['2025-10-09T07:00:00.000Z']);
  clock.set(new Date('2025-10-09T08:00:00.000Z'));
  expect((await nearlyDue(task.id)).map((r) => r.dueAt.toISOString())).toEqual(['2025-10-09T08:00:00.000Z']);
});
