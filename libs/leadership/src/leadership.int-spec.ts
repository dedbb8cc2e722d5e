import { Principal } from '@app/access';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { listedIncidentOnBus } from '../../../test/support/capability-steps';
import { GiveInstructionCommand } from './commands/give-instruction/give-instruction.command';
import { LEADER_INSTRUCTION_STREAM_TYPE } from './domain/leadership.events';
import { LeadershipQueries } from './queries/leadership-queries';

/**
 * 领导批示 on PostgreSQL through the CommandBus: a county leader's instruction is on the incident for the centre as
 * soon as it is given; a retry is the same instruction; a handler, or a township's leader who is not on the county's
 * roster, is refused and no instruction is written.
 */
let t: CapabilityFixture;
let secretary: Principal; // 陈立新 (invented), 县委书记 on the county's roster
let centre: Principal; // 周明, county centre duty officer
let handler: Principal; // 吴静, county centre handler
let townshipLeader: Principal; // 王博, 东湖镇 leader

beforeAll(async () => {
  t = await openCapability('leadership');
  [secretary, centre, handler, townshipLeader] = await Promise.all(
    ['chenlixin', 'zhouming', 'wujing', 'wangbo'].map((u) => t.as(u)),
  );
});
afterAll(() => t?.close());

const instructionsWritten = async () =>
  (
    await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE stream_type = $1`, [
      LEADER_INSTRUCTION_STREAM_TYPE,
    ])
  )[0].n;

it('an instruction is on the incident for the centre at once, and a retry is the same one', async () => {
  const incidentId = await listedIncidentOnBus(t, centre, { title: '县医院挂号难投诉' });
  const give = () =>
    t.commands.execute(
      new GiveInstructionCommand(
        secretary,
        incidentId,
        '请卫健部门当日核实回应。',
        t.ctx(secretary, 'instr-1'),
      ),
    );
  const id = await give();
  expect(await give()).toBe(id);
  const seen = await t.app.get(LeadershipQueries).ofIncident(centre, incidentId);
  expect(seen.map((i) => [i.id, i.text, i.leaderUserId])).toEqual([
    [id, '请卫健部门当日核实回应。', secretary.userId],
  ]);
  expect(await instructionsWritten()).toBe(1);
});

it('a handler, or a leader not on the county’s roster, may not give one: refused, nothing written', async () => {
  const incidentId = await listedIncidentOnBus(t, centre, { title: '东湖镇垃圾清运投诉' });
  const before = await instructionsWritten();
  await expect(
    t.commands.execute(new GiveInstructionCommand(handler, incidentId, '请处理', t.ctx(handler))),
  ).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'INSTRUCTION.LEADERS_ONLY' });
  await expect(
    t.commands.execute(
      new GiveInstructionCommand(townshipLeader, incidentId, '请处理', t.ctx(townshipLeader)),
    ),
  ).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'LEADERSHIP.NOT_A_LEADER' });
  expect(await instructionsWritten()).toBe(before);
  expect(await t.app.get(LeadershipQueries).ofIncident(centre, incidentId)).toEqual([]);
});
