import { Principal } from '@app/access';
import { demoUnitId } from '@app/demo';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { AssignDutyShiftCommand } from './commands/assign-duty-shift/assign-duty-shift.command';
import { dutyRosterStreamId } from './domain/duty.events';
import { DutyService } from './queries/duty.service';

/**
 * 排班 on PostgreSQL through the CommandBus: a shift is on duty at its hour as soon as it is assigned; a shift that
 * overlaps the person's own, a person who may not stand duty, or another unit's person arranging the centre's
 * roster is refused, and the roster's stream is as it was.
 */
let t: CapabilityFixture;
let leader: Principal; // 郑华, county centre leader
let officer: Principal; // 周明, county centre duty officer
let handler: Principal; // 吴静, county centre handler (not a duty officer)
let lina: Principal; // 李娜, 东湖镇 handler
const centre = demoUnitId('center');

beforeAll(async () => {
  t = await openCapability('duty');
  [leader, officer, handler, lina] = await Promise.all(
    ['zhenghua', 'zhouming', 'wujing', 'lina'].map((u) => t.as(u)),
  );
});
afterAll(() => t?.close());

// 20 May 2026, 08:00–20:00 Beijing time: after anything the demo roster holds.
const DAY = { startsAt: new Date('2026-05-20T00:00:00Z'), endsAt: new Date('2026-05-20T12:00:00Z') };

const assign = (p: Principal, userId: string, hours = DAY) =>
  t.commands.execute(new AssignDutyShiftCommand(p, { unitId: centre, userId, ...hours }, t.ctx(p)));

it('a shift assigned by the unit’s leader is on duty at its hour at once', async () => {
  const shift = await assign(leader, officer.userId);
  expect(shift).toMatchObject({ unitId: centre, userId: officer.userId, cancelled: false });
  const onDuty = await t.app.get(DutyService).onDutyNow(leader, centre, new Date('2026-05-20T04:00:00Z'));
  expect(onDuty.map((s) => s.shiftId)).toContain(shift.shiftId);
});

it('an overlapping shift, someone who may not stand duty, another unit’s person: refused, nothing written', async () => {
  const before = await t.events(dutyRosterStreamId(centre));
  const overlapping = {
    startsAt: new Date('2026-05-20T10:00:00Z'),
    endsAt: new Date('2026-05-20T14:00:00Z'),
  };
  await expect(assign(leader, officer.userId, overlapping)).rejects.toMatchObject({
    code: 'VALIDATION_FAILED',
    problems: [expect.objectContaining({ field: 'input.startsAt' })],
  });
  await expect(assign(leader, handler.userId)).rejects.toMatchObject({
    code: 'VALIDATION_FAILED',
    problems: [expect.objectContaining({ field: 'input.userId' })],
  });
  await expect(assign(lina, officer.userId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await t.events(dutyRosterStreamId(centre))).toEqual(before);
});
