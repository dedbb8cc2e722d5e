import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { NotificationDispatcher } from '@app/notifications';
import { TimerService } from '@app/timers';
import { ApiFixture, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { startSmtpCapture } from './support/notification-peers';

/**
 * The platform's own notices go out like any other arrival (issue 5): an overdue task's word to the township's
 * leaders reaches the leader's e-mail, the escalation reaches the centre leader's, and a confidential (涉密)
 * incident's notices carry only a reference — never its title or the platform's note.
 */
const clock = new ManualClock('2025-05-12T00:00:00.000Z');
let api: ApiFixture;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let admin: Session;
let centre: Session;

const moveTo = async (iso: string) => {
  clock.set(new Date(iso));
  [admin, centre] = await Promise.all(['zhaoqiang', 'zhouming'].map((u) => login(api.url, u)));
};
const run = async () => {
  await api.server.app.get(TimerService).fireDue();
  await api.server.app.get(NotificationDispatcher).deliverDue();
};

beforeAll(async () => {
  smtp = await startSmtpCapture();
  api = await startApi({
    label: 'timernotify',
    clock,
    notify: { smtpUrl: smtp.url, smtpFrom: '清水县舆情应急平台 <noreply@qingshui.example>' },
  });
  [admin, centre] = await Promise.all(['zhaoqiang', 'zhouming'].map((u) => login(api.url, u)));
  const channel = (unitKey: string, target: string, audiences: string[]) =>
    mutate(
      api.url,
      admin.token,
      'configureNotificationChannel',
      { unitId: demoUnitId(unitKey), kind: 'EMAIL', target, audiences },
      'channel { id }',
    ).then(ok);
  await channel('donghu', 'leader@donghu.example', ['LEADERS']);
  await channel('center', 'leader@centre.example', ['LEADERS']);
});
afterAll(async () => {
  await api.close();
  await smtp.close();
});

it('overdue and escalation notices reach the leaders by e-mail; a confidential one only as a reference', async () => {
  const dispatch = async (title: string, confidential: boolean) => {
    const incidentId = await listedIncident(api.url, centre.token, {
      title,
      discoveredAt: clock.now(),
      confidential,
    });
    return ok(
      await mutate<{ id: string }>(
        api.url,
        centre.token,
        'dispatchTask',
        { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实' },
        'id',
      ),
    ).dispatchTask.id;
  };
  await dispatch('东湖镇垃圾站选址争议', false);
  await dispatch('某涉密事项', true);

  await moveTo('2025-05-12T12:01:00.000Z');
  await run();
  const toTownLeader = smtp.messages.filter((m) => m.to.includes('leader@donghu.example'));
  expect(toTownLeader.map((m) => m.subject).sort()).toEqual([
    '【舆情应急】工单已超时（涉密事件，请登录平台查看）',
    '【舆情应急】工单已超时：东湖镇垃圾站选址争议',
  ]);
  const open = toTownLeader.find((m) => m.subject.includes('垃圾站'))!;
  expect(open.text).toContain('请立即核实办理');
  const secret = toTownLeader.find((m) => m.subject.includes('涉密'))!;
  expect(secret.text).not.toContain('某涉密事项');
  expect(secret.text).not.toContain('请立即核实办理');

  // Four hours on, still not handed in: the centre's leader hears of both.
  await moveTo('2025-05-12T16:02:00.000Z');
  await run();
  const toCentreLeader = smtp.messages.filter((m) => m.to.includes('leader@centre.example'));
  expect(toCentreLeader.map((m) => m.subject).sort()).toEqual([
    '【舆情应急】督办逾期未办结（升级）（涉密事件，请登录平台查看）',
    '【舆情应急】督办逾期未办结（升级）：东湖镇垃圾站选址争议',
  ]);
});
