import { Decider, DecisionContext, FieldProblem, problem, textProblems, ValidationFailed } from '@app/kernel';
import { DutyEventType, DutyPost, DutyRosterEvent } from './duty.events';

/** The facts about the person put on duty, read before deciding. */
export interface DutyPerson {
  userId: string;
  displayName: string;
  unitId: string;
  active: boolean;
  /** DUTY_OFFICER (值班员) or LEADER (带班领导) may stand duty. */
  mayStandDuty: boolean;
  /** Holds the LEADER role: may be the leader on duty (带班领导). */
  isLeader: boolean;
}

export type DutyRosterCommand =
  | {
      type: 'AssignDutyShift';
      shiftId: string;
      unitId: string;
      countyId: string | null;
      person: DutyPerson | null;
      startsAt: Date;
      endsAt: Date;
      post: DutyPost;
      note: string;
      context: DecisionContext;
    }
  | {
      type: 'CancelDutyShift';
      shiftId: string;
      unitId: string;
      reason: string;
      context: DecisionContext;
    };

export interface Shift {
  userId: string;
  startsAt: number;
  endsAt: number;
  cancelled: boolean;
}

export interface DutyRosterState {
  shifts: Record<string, Shift>;
}

export const initialDutyRosterState = (): DutyRosterState => ({ shifts: {} });

const HOUR = 3_600_000;

/** "2026-10-12 08:30", Beijing time. */
const beijing = (t: number) => new Date(t + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

export function decideDutyRoster(c: DutyRosterCommand, s: DutyRosterState): DutyRosterEvent[] {
  if (c.type === 'CancelDutyShift') {
    const shift = s.shifts[c.shiftId];
    const problems: FieldProblem[] = [...textProblems('input.reason', c.reason, 1, 500)];
    if (!shift || shift.cancelled)
      problems.push(problem('input.shiftId', '没有这个有效的班次', 'there is no such shift in force'));
    else if (shift.endsAt <= c.context.now.getTime())
      // The roster is what accountability reads for "who was on duty": a finished shift stays as it was.
      problems.push(
        problem('input.shiftId', '班次已结束，不能取消', 'the shift is over and cannot be cancelled'),
      );
    if (problems.length) throw new ValidationFailed(problems);
    return [
      {
        type: DutyEventType.ShiftCancelled,
        data: {
          shiftId: c.shiftId,
          unitId: c.unitId,
          reason: c.reason.trim(),
          by: c.context.actorUserId,
          at: c.context.now.toISOString(),
        },
      },
    ];
  }
  const start = c.startsAt.getTime();
  const end = c.endsAt.getTime();
  const problems: FieldProblem[] = [...textProblems('input.note', c.note, 0, 500)];
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start)
    problems.push(problem('input.endsAt', '下班时间须晚于上班时间', 'must be after startsAt'));
  else if (end - start > 24 * HOUR)
    problems.push(problem('input.endsAt', '一个班次最长 24 小时', 'a shift lasts at most 24 hours'));
  else if (end - start < HOUR / 2)
    problems.push(problem('input.endsAt', '一个班次最短 30 分钟', 'a shift lasts at least 30 minutes'));
  if (end <= c.context.now.getTime())
    problems.push(problem('input.endsAt', '不能排已经结束的班次', 'cannot roster a shift that is over'));
  else if (start < c.context.now.getTime() - HOUR)
    // A shift may be entered late by an hour (someone stepped in); the past is not rewritten beyond that.
    problems.push(
      problem('input.startsAt', '上班时间不能早于一小时前', 'cannot start more than an hour ago'),
    );
  const p = c.person;
  if (!p || p.unitId !== c.unitId)
    problems.push(problem('input.userId', '该人员不属于本单位', 'is not a member of this unit'));
  else if (!p.active) problems.push(problem('input.userId', '该账号已停用', 'is deactivated'));
  else if (!p.mayStandDuty)
    problems.push(
      problem('input.userId', '只有值班员或带班领导可以值班', 'only duty officers or leaders stand duty'),
    );
  else if (c.post === DutyPost.LEADING && !p.isLeader)
    problems.push(
      problem('input.post', '带班领导须由单位领导担任', 'the leader on duty must hold the LEADER role'),
    );
  if (s.shifts[c.shiftId])
    problems.push(problem('input.shiftId', '班次编号已存在', 'that shift id is taken'));
  if (p && problems.length === 0) {
    const clash = Object.values(s.shifts).find(
      (x) => !x.cancelled && x.userId === p.userId && x.startsAt < end && start < x.endsAt,
    );
    if (clash)
      problems.push(
        problem(
          'input.startsAt',
          `与该人员 ${beijing(clash.startsAt)} 起的班次重叠`,
          `overlaps this person's shift from ${beijing(clash.startsAt)} (Beijing time)`,
        ),
      );
  }
  if (problems.length) throw new ValidationFailed(problems);
  return [
    {
      type: DutyEventType.ShiftAssigned,
      data: {
        shiftId: c.shiftId,
        unitId: c.unitId,
        countyId: c.countyId,
        userId: p!.userId,
        userName: p!.displayName,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt.toISOString(),
        post: c.post,
        note: c.note.trim(),
        by: c.context.actorUserId,
        at: c.context.now.toISOString(),
      },
    },
  ];
}

/**
 * How long a finished shift is kept in the state. A new shift starts at most an hour before its command and a
 * finished one cannot be cancelled, so a shift that ended before this, counted back from the latest event, can
 * clash with nothing and be changed by nothing: the state holds the last month and what is rostered ahead, not
 * every shift since the unit began (the roster stream is loaded from a snapshot of it; its events keep everything).
 */
export const ROSTER_STATE_KEEPS_MS = 31 * 86_400_000;

export function evolveDutyRoster(s: DutyRosterState, e: DutyRosterEvent): DutyRosterState {
  const since = Date.parse(e.data.at) - ROSTER_STATE_KEEPS_MS;
  const kept = (shifts: Record<string, Shift>) =>
    Object.fromEntries(Object.entries(shifts).filter(([, x]) => x.endsAt >= since));
  switch (e.type) {
    case DutyEventType.ShiftAssigned:
      return {
        shifts: kept({
          ...s.shifts,
          [e.data.shiftId]: {
            userId: e.data.userId,
            startsAt: Date.parse(e.data.startsAt),
            endsAt: Date.parse(e.data.endsAt),
            cancelled: false,
          },
        }),
      };
    case DutyEventType.ShiftCancelled: {
      const shift = s.shifts[e.data.shiftId];
      return {
        shifts: kept(shift ? { ...s.shifts, [e.data.shiftId]: { ...shift, cancelled: true } } : s.shifts),
      };
    }
  }
}

/** Stretches of [from, to) that no shift covers: where 24-hour duty (000, 004) has a hole. */
export function coverageGaps(
  shifts: { startsAt: number; endsAt: number }[],
  from: number,
  to: number,
): [number, number][] {
  const sorted = shifts
    .filter((x) => x.endsAt > from && x.startsAt < to)
    .sort((a, b) => a.startsAt - b.startsAt);
  const gaps: [number, number][] = [];
  let cursor = from;
  for (const x of sorted) {
    if (x.startsAt > cursor) gaps.push([cursor, Math.min(x.startsAt, to)]);
    cursor = Math.max(cursor, x.endsAt);
    if (cursor >= to) break;
  }
  if (cursor < to) gaps.push([cursor, to]);
  return gaps;
}

const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * HOUR;

/**
 * Beijing days, from `today` for `days` days, on which no 带班领导 shift starts: the roster names a leader on duty
 * for each day (000: 党政班子成员…轮流带班; 004). A shift belongs to the day it starts, as the duty page pins it.
 */
export function daysWithoutLeader(leaderShiftStarts: number[], today: string, days: number): string[] {
  const first = Date.parse(`${today}T00:00:00Z`);
  const led = new Set(leaderShiftStarts.map((t) => new Date(t + BEIJING_MS).toISOString().slice(0, 10)));
  return Array.from({ length: days }, (_, i) =>
    new Date(first + i * DAY_MS).toISOString().slice(0, 10),
  ).filter((d) => !led.has(d));
}

/** The roster's decider, built once beside decide and evolve. */
export const dutyRosterDecider: Decider<DutyRosterCommand, DutyRosterEvent, DutyRosterState> = {
  decide: decideDutyRoster,
  evolve: evolveDutyRoster,
  initialState: initialDutyRosterState,
};

/**
 * A unit's roster is one stream that grows by every shift (about 1,100 a year at the centre): commands load it from
 * a snapshot of the (month-bounded) state taken every 50 events, so each reads at most that many. Raise the kind's
 * number when the state's shape or its fold changes.
 */
export const DUTY_ROSTER_SNAPSHOT = { kind: 'duty-roster/1', every: 50 };
