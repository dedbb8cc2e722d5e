import { Injectable } from '@nestjs/common';
import { And, LessThan, LessThanOrEqual, MoreThan, MoreThanOrEqual } from 'typeorm';
import { Action, authorize, dataScopeOf, decide, Principal, Role, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { PeopleDirectory } from '@app/identity';
import { beijingDay, dayStart, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { coverageGaps, daysWithoutLeader } from '../domain/duty-roster.decider';
import { DutyPost } from '../domain/duty.events';
import { DutyLogView, DutyShiftView } from '../projections/duty-views.entity';
import { CountyCentreNotFound } from '../domain/duty.errors';

/** The duty steps a client may offer, each with the policy action it needs (`dutyAllowedActions`). */
export const ACTION_OF_DUTY_STEP = {
  assignDutyShift: Action.DutyManage,
  cancelDutyShift: Action.DutyManage,
  recordDutyLog: Action.DutyLogRecord,
} as const;
export type DutyStep = keyof typeof ACTION_OF_DUTY_STEP;

const MAX_PERIOD_MS = 92 * 86_400_000;

function checkPeriod(from: Date, to: Date): void {
  if (!(from < to))
    throw new ValidationFailed([problem('to', '结束时间须晚于开始时间', 'must be after from')]);
  if (to.getTime() - from.getTime() > MAX_PERIOD_MS)
    throw new ValidationFailed([problem('to', '一次最多查询 92 天', 'at most 92 days at a time')]);
}

/**
 * The reads of duty (its commands are in commands/<verb-noun>/), and what the commands share with them: a shift's
 * row, and the unit authorised for a duty action.
 *
 * Duty (值班, 000 and 004): who stands duty when, who is on duty now, where the county centre's 24 hours have holes. */
@Injectable()
export class DutyService {
  constructor(
    private readonly db: ScopedDb,
    private readonly organization: OrganizationDirectory,
    private readonly people: PeopleDirectory,
  ) {}

  async onDutyNow(p: Principal, unitId: string, now: Date): Promise<DutyShiftView[]> {
    await this.authorizeUnit(p, Action.DutyRead, unitId);
    const shifts = await this.db.run(dataScopeOf(p), (m) =>
      m.find(DutyShiftView, {
        where: { unitId, cancelled: false, startsAt: LessThanOrEqual(now), endsAt: MoreThan(now) },
        order: { startsAt: 'ASC' },
      }),
    );
    return this.heldByDutyStaff(shifts);
  }

  /**
   * Shifts whose holder still stands that post: someone deactivated, no longer a duty officer or leader, or a
   * 带班领导 no longer a leader, covers nothing (their shifts stay on the roster, as recorded).
   */
  private async heldByDutyStaff(shifts: DutyShiftView[]): Promise<DutyShiftView[]> {
    const roles = new Map<string, readonly string[] | null>();
    for (const id of new Set(shifts.map((s) => s.userId))) {
      const u = await this.people.facts(id);
      roles.set(id, u && u.active ? u.roles : null);
    }
    return shifts.filter((s) => {
      const r = roles.get(s.userId);
      if (!r) return false;
      return (s.post as DutyPost) === DutyPost.LEADING
        ? r.includes(Role.LEADER)
        : r.includes(Role.DUTY_OFFICER) || r.includes(Role.LEADER);
    });
  }

  async roster(p: Principal, unitId: string, from: Date, to: Date): Promise<DutyShiftView[]> {
    checkPeriod(from, to);
    await this.authorizeUnit(p, Action.DutyRead, unitId);
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(DutyShiftView, {
        where: { unitId, startsAt: LessThan(to), endsAt: MoreThan(from) },
        order: { startsAt: 'ASC' },
      }),
    );
  }

  async log(p: Principal, unitId: string, from: Date, to: Date): Promise<DutyLogView[]> {
    checkPeriod(from, to);
    await this.authorizeUnit(p, Action.DutyRead, unitId);
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(DutyLogView, {
        where: { unitId, at: And(MoreThanOrEqual(from), LessThan(to)) },
        order: { at: 'ASC' },
      }),
    );
  }

  /** Hours in the next `days` that no shift of the county centre covers: its duty is round the clock (000, 004). */
  async centreGaps(p: Principal, days: number, now: Date): Promise<{ from: Date; to: Date }[]> {
    if (!Number.isInteger(days) || days < 1 || days > 31)
      throw new ValidationFailed([problem('days', '天数须为 1–31', 'must be 1–31')]);
    const centre = p.countyId ? await this.organization.countyCentreUnitId(p.countyId) : null;
    if (!centre) throw new CountyCentreNotFound(p.countyId ?? '');
    await this.authorizeUnit(p, Action.DutyRead, centre);
    return (await this.countyCentreGaps(p.countyId!, days, now))!.gaps;
  }

  /**
   * The same, for the platform's own daily check (no caller): the hours no duty officer covers, and the Beijing
   * days (today and the next ones) without a 带班领导. Null when the county has no centre.
   */
  async countyCentreGaps(
    countyId: string,
    days: number,
    now: Date,
  ): Promise<{ centreUnitId: string; gaps: { from: Date; to: Date }[]; daysWithoutLeader: string[] } | null> {
    const centre = await this.organization.countyCentreUnitId(countyId);
    if (!centre) return null;
    const end = new Date(now.getTime() + days * 86_400_000);
    const today = beijingDay(now);
    // From the start of today: a leader's shift begun this morning is today's leader.
    const from = new Date(Math.min(now.getTime(), dayStart(today).getTime()));
    const shifts = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.find(DutyShiftView, { where: { unitId: centre, startsAt: LessThan(end), endsAt: MoreThan(from) } }),
    );
    const standing = await this.heldByDutyStaff(shifts.filter((s) => !s.cancelled));
    // Round-the-clock duty is the duty officers' (004 §三(一)): a 带班领导 alone does not cover an hour.
    const covering = standing.filter(
      (s) => (s.post as DutyPost) === DutyPost.OFFICER && s.endsAt.getTime() > now.getTime(),
    );
    const gaps = coverageGaps(
      covering.map((s) => ({ startsAt: s.startsAt.getTime(), endsAt: s.endsAt.getTime() })),
      now.getTime(),
      end.getTime(),
    ).map(([a, b]) => ({ from: new Date(a), to: new Date(b) }));
    // A leader on duty each day (000, 004), counted as the duty page shows it: the day a LEADING shift starts.
    const leaderless = daysWithoutLeader(
      standing.filter((s) => (s.post as DutyPost) === DutyPost.LEADING).map((s) => s.startsAt.getTime()),
      today,
      days,
    );
    return { centreUnitId: centre, gaps, daysWithoutLeader: leaderless };
  }

  /** A shift's row, in the system scope (after a command: its answer). */
  async shift(shiftId: string): Promise<DutyShiftView> {
    const row = await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(DutyShiftView, { shiftId }));
    return row!;
  }

  /**
   * What the caller may do to a unit's duty (for clients to offer only what will work): the access policy asked once
   * per step. Who may not read the unit's duty is refused as the roster would be.
   */
  async allowedActions(p: Principal, unitId: string): Promise<DutyStep[]> {
    const unit = (await this.organization.unitFacts([unitId])).get(unitId);
    const target = { kind: 'unit' as const, unitId, countyId: unit?.countyId ?? null };
    authorize(p, Action.DutyRead, target, unitId);
    return (Object.keys(ACTION_OF_DUTY_STEP) as DutyStep[]).filter(
      (step) => decide(p, ACTION_OF_DUTY_STEP[step], target).allowed,
    );
  }

  /** The unit's county, once the policy allows `action` on the unit's duty (NOT_FOUND or FORBIDDEN otherwise). */
  async authorizeUnit(p: Principal, action: Action, unitId: string): Promise<string | null> {
    const unit = (await this.organization.unitFacts([unitId])).get(unitId);
    authorize(p, action, { kind: 'unit', unitId, countyId: unit?.countyId ?? null }, unitId);
    return unit?.countyId ?? null;
  }
}
