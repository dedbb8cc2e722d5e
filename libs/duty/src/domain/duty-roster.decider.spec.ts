import { ValidationFailed } from '@app/kernel';
import {
  coverageGaps,
  daysWithoutLeader,
  decideDutyRoster,
  DutyPerson,
  evolveDutyRoster,
  initialDutyRosterState,
} from './duty-roster.decider';
import { DutyPost } from './duty.events';
import { actingAs } from '@test/given-when-then';

const at = (s: string) => new Date(`${s}+08:00`);
const officer: DutyPerson = {
  userId: 'u1',
  displayName: '周明',
  unitId: 'centre',
  active: true,
  mayStandDuty: true,
  isLeader: false,
};
const assign = (
  shiftId: string,
  from: string,
  to: string,
  person: DutyPerson | null = officer,
  post: DutyPost = DutyPost.OFFICER,
) => ({
  type: 'AssignDutyShift' as const,
  shiftId,
  unitId: 'centre',
  countyId: 'c',
  person,
  startsAt: at(from),
  endsAt: at(to),
  post,
  note: '',
  context: actingAs('admin', 'centre', at('2026-10-01T08:00:00')),
});
const given = (...commands: ReturnType<typeof assign>[]) =>
  commands.reduce((s, c) => decideDutyRoster(c, s).reduce(evolveDutyRoster, s), initialDutyRosterState());
const problemsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    return (e as ValidationFailed).problems.map((p) => `${p.field}: ${p.message.zh}`);
  }
  return [];
};

describe('duty roster (值班表)', () => {
  it('puts a duty officer on a shift', () => {
    const [e] = decideDutyRoster(
      assign('s1', '2026-10-01T08:30:00', '2026-10-02T08:30:00'),
      initialDutyRosterState(),
    );
    expect(e).toMatchObject({ type: 'DutyShiftAssigned', data: { userId: 'u1', userName: '周明' } });
  });

  it('records the post: the leader on duty (带班领导) is one of the unit’s leaders', () => {
    const leader: DutyPerson = { ...officer, userId: 'u2', displayName: '郑华', isLeader: true };
    const [e] = decideDutyRoster(
      assign('s1', '2026-10-01T08:30:00', '2026-10-02T08:30:00', leader, DutyPost.LEADING),
      initialDutyRosterState(),
    );
    expect(e.data).toMatchObject({ userName: '郑华', post: 'LEADING' });
    expect(
      problemsOf(() =>
        decideDutyRoster(
          assign('s2', '2026-10-01T08:30:00', '2026-10-02T08:30:00', officer, DutyPost.LEADING),
          initialDutyRosterState(),
        ),
      ),
    ).toEqual(['input.post: 带班领导须由单位领导担任']);
  });

  it('refuses overlapping shifts for one person, impossible times and people who may not stand duty', () => {
    const s = given(assign('s1', '2026-10-01T08:30:00', '2026-10-02T08:30:00'));
    expect(
      problemsOf(() => decideDutyRoster(assign('s2', '2026-10-02T08:00:00', '2026-10-02T20:00:00'), s)),
    ).toEqual(['input.startsAt: 与该人员 2026-10-01 08:30 起的班次重叠']);
    expect(
      problemsOf(() => decideDutyRoster(assign('s3', '2026-10-02T08:00:00', '2026-10-03T09:00:00'), s)),
    ).toEqual(['input.endsAt: 一个班次最长 24 小时']);
    expect(
      problemsOf(() => decideDutyRoster(assign('s4', '2026-10-02T08:00:00', '2026-10-02T07:00:00'), s)),
    ).toEqual(['input.endsAt: 下班时间须晚于上班时间']);
    expect(
      problemsOf(() =>
        decideDutyRoster(
          assign('s5', '2026-10-03T08:00:00', '2026-10-03T20:00:00', { ...officer, mayStandDuty: false }),
          s,
        ),
      ),
    ).toEqual(['input.userId: 只有值班员或带班领导可以值班']);
    expect(
      problemsOf(() =>
        decideDutyRoster(
          assign('s6', '2026-10-03T08:00:00', '2026-10-03T20:00:00', { ...officer, unitId: 'town' }),
          s,
        ),
      ),
    ).toEqual(['input.userId: 该人员不属于本单位']);
  });

  it('a cancelled shift frees the time', () => {
    let s = given(assign('s1', '2026-10-01T08:30:00', '2026-10-02T08:30:00'));
    s = decideDutyRoster(
      {
        type: 'CancelDutyShift',
        shiftId: 's1',
        unitId: 'centre',
        reason: '调班',
        context: actingAs('admin', 'centre', at('2026-10-01T09:00:00')),
      },
      s,
    ).reduce(evolveDutyRoster, s);
    expect(decideDutyRoster(assign('s2', '2026-10-01T10:00:00', '2026-10-01T20:00:00'), s)).toHaveLength(1);
  });
});

describe('coverage gaps', () => {
  it('finds the hours no shift covers', () => {
    const h = (x: number) => x * 3_600_000;
    expect(
      coverageGaps(
        [
          { startsAt: h(0), endsAt: h(10) },
          { startsAt: h(12), endsAt: h(30) },
        ],
        h(0),
        h(48),
      ),
    ).toEqual([
      [h(10), h(12)],
      [h(30), h(48)],
    ]);
    expect(coverageGaps([{ startsAt: h(-5), endsAt: h(50) }], h(0), h(48))).toEqual([]);
    expect(coverageGaps([], h(0), h(24))).toEqual([[h(0), h(24)]]);
  });
});

describe('days without a 带班领导', () => {
  it('names each Beijing day on which no leader shift starts, today first', () => {
    const starts = [
      at('2026-10-12T08:30:00'), // today, begun before the check
      at('2026-10-13T17:30:00'), // the evening: still that day's leader
      at('2026-10-15T00:00:00'), // midnight Beijing belongs to the 15th, though it is the 14th in UTC
    ].map((d) => d.getTime());
    expect(daysWithoutLeader(starts, '2026-10-12', 5)).toEqual(['2026-10-14', '2026-10-16']);
    expect(daysWithoutLeader([], '2026-10-12', 2)).toEqual(['2026-10-12', '2026-10-13']);
  });
});

describe('the roster’s state stays bounded', () => {
  it('keeps the last month and what is rostered ahead, and still refuses a clash with a recent shift', () => {
    const day = 86_400_000;
    const start = at('2026-01-01T08:00:00').getTime();
    let s = initialDutyRosterState();
    // A year of daily shifts, each entered the day it starts (as a duty room does).
    for (let d = 0; d < 365; d++) {
      const from = new Date(start + d * day);
      const c = {
        ...assign(`s${d}`, '2026-01-01T08:00:00', '2026-01-01T16:00:00'),
        startsAt: from,
        endsAt: new Date(from.getTime() + 8 * 3_600_000),
        context: actingAs('admin', 'centre', from),
      };
      s = decideDutyRoster(c, s).reduce(evolveDutyRoster, s);
    }
    expect(Object.keys(s.shifts).length).toBeLessThanOrEqual(33);
    expect(Object.keys(s.shifts)).toContain('s364');
    // The latest shift still clashes, and can still be cancelled while it runs.
    const last = new Date(start + 364 * day);
    const clash = {
      ...assign('x', '2026-01-01T08:00:00', '2026-01-01T16:00:00'),
      startsAt: new Date(last.getTime() + 3_600_000),
      endsAt: new Date(last.getTime() + 5 * 3_600_000),
      context: actingAs('admin', 'centre', last),
    };
    expect(() => decideDutyRoster(clash, s)).toThrow(ValidationFailed);
    const cancel = {
      type: 'CancelDutyShift' as const,
      shiftId: 's364',
      unitId: 'centre',
      reason: '调班',
      context: actingAs('admin', 'centre', new Date(last.getTime() + 3_600_000)),
    };
    expect(decideDutyRoster(cancel, s)).toHaveLength(1);
  });
});
