import { dataScopeOf, Principal } from '@app/access';
import { demoUnitId } from '@app/demo';
import { TaskRole } from '@app/incidents';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { listedIncidentOnBus } from '../../../test/support/capability-steps';
import { DispatchTaskCommand } from './commands/dispatch-task/dispatch-task.command';
import { SignTaskCommand } from './commands/sign-task/sign-task.command';
import { TaskStatus } from './domain/task.enums';
import { taskStreamId } from './domain/task.events';
import { DispatchReader } from './queries/dispatch-reader';

/**
 * 派单 and 签收 on PostgreSQL through the CommandBus: the assignee reads the task in its own data scope as soon as
 * it is dispatched; signing moves the read model and the stream together; a stale version, or a township the task
 * was not sent to, is refused with nothing written.
 */
let t: CapabilityFixture;
let centre: Principal; // 周明, county centre duty officer
let lina: Principal; // 李娜, 东湖镇 handler
let gaoyang: Principal; // 高扬, 西山镇 handler

beforeAll(async () => {
  t = await openCapability('dispatch');
  [centre, lina, gaoyang] = await Promise.all([t.as('zhouming'), t.as('lina'), t.as('gaoyang')]);
});
afterAll(() => t?.close());

async function dispatchToDonghu(title: string): Promise<string> {
  const incidentId = await listedIncidentOnBus(t, centre, { title });
  return t.commands.execute(
    new DispatchTaskCommand(
      centre,
      { incidentId, unitId: demoUnitId('donghu'), role: TaskRole.LEAD, requirements: '核实情况，当日反馈' },
      t.ctx(centre),
    ),
  );
}

it('the assignee reads a dispatched task at once and signs it on the version it read', async () => {
  const taskId = await dispatchToDonghu('东湖镇道路塌陷');
  const reader = t.app.get(DispatchReader);
  const seen = await reader.task(dataScopeOf(lina), taskId);
  expect(seen).toMatchObject({ taskId, assigneeUnitId: demoUnitId('donghu'), status: TaskStatus.DISPATCHED });
  await t.commands.execute(new SignTaskCommand(lina, taskId, {}, t.ctx(lina), seen!.version));
  expect(await reader.task(dataScopeOf(lina), taskId)).toMatchObject({ status: TaskStatus.SIGNED });
  expect((await t.events(taskStreamId(taskId))).map((e) => e.type)).toEqual(['TaskDispatched', 'TaskSigned']);
});

it('another township, or a step on a stale version, is refused and writes nothing', async () => {
  const taskId = await dispatchToDonghu('东湖镇学校食堂投诉');
  const before = await t.events(taskStreamId(taskId));
  await expect(
    t.commands.execute(new SignTaskCommand(gaoyang, taskId, {}, t.ctx(gaoyang))),
  ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(t.app.get(DispatchReader).task(dataScopeOf(gaoyang), taskId)).resolves.toBeNull();
  await expect(
    t.commands.execute(new SignTaskCommand(lina, taskId, {}, t.ctx(lina), before.length + 1)),
  ).rejects.toMatchObject({ name: 'VersionConflict', expected: before.length + 1, actual: before.length });
  expect(await t.events(taskStreamId(taskId))).toEqual(before);
});
