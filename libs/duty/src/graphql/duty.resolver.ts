import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { Clock, CommandContext } from '@app/kernel';
import { DutyLogKind, DutyPost } from '../domain/duty.events';
import { AssignDutyShiftCommand } from '../commands/assign-duty-shift/assign-duty-shift.command';
import { CancelDutyShiftCommand } from '../commands/cancel-duty-shift/cancel-duty-shift.command';
import { RecordDutyLogCommand } from '../commands/record-duty-log/record-duty-log.command';
import { DutyService } from '../queries/duty.service';
import { DutyLogView, DutyShiftView } from '../projections/duty-views.entity';
import {
  AssignDutyShiftInput,
  CancelDutyShiftInput,
  DutyAction,
  DutyGapType,
  DutyLogEntryType,
  DutyShiftType,
  RecordDutyLogInput,
} from './duty.types';

const toShift = (s: DutyShiftView): DutyShiftType => ({
  id: s.shiftId,
  unitId: s.unitId,
  userId: s.userId,
  userName: s.userName,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  post: s.post as DutyPost,
  note: s.note,
  cancelled: s.cancelled,
});

const toEntry = (e: DutyLogView): DutyLogEntryType => ({
  id: e.entryId,
  unitId: e.unitId,
  userId: e.userId,
  userName: e.userName,
  kind: e.kind as DutyLogKind,
  text: e.text,
  incidentId: e.incidentId,
  onDuty: e.onDuty,
  at: e.at,
});

/** Duty: roster, who is on duty now, the duty log, and the holes in the county centre's 24-hour roster. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class DutyResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly duty: DutyService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [DutyShiftType], {
    description: '此刻在班的人（默认本单位）/ Who is on duty now (your unit by default)',
  })
  async onDutyNow(
    @CurrentPrincipal() p: Principal,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<DutyShiftType[]> {
    return (await this.duty.onDutyNow(p, unitId ?? p.unitId, this.clock.now())).map(toShift);
  }

  @Query(() => [DutyShiftType], {
    description: '值班表（最多 92 天）/ The duty roster over a period (≤ 92 days)',
  })
  async dutyRoster(
    @CurrentPrincipal() p: Principal,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<DutyShiftType[]> {
    return (await this.duty.roster(p, unitId ?? p.unitId, from, to)).map(toShift);
  }

  @Query(() => [DutyLogEntryType], { description: '值班日志（最多 92 天）/ The duty log over a period' })
  async dutyLog(
    @CurrentPrincipal() p: Principal,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<DutyLogEntryType[]> {
    return (await this.duty.log(p, unitId ?? p.unitId, from, to)).map(toEntry);
  }

  @Query(() => [DutyGapType], {
    description:
      '县中心值班表今后若干天（默认 7 天）无人值班的时段 / Stretches in the next days (7 by default) with nobody on duty at the county centre',
  })
  async dutyRosterGaps(
    @CurrentPrincipal() p: Principal,
    @Args('days', { type: () => Int, defaultValue: 7 }) days: number,
  ): Promise<DutyGapType[]> {
    return (await this.duty.centreGaps(p, days, this.clock.now())).map((g) => ({
      ...g,
      hours: Math.round(((g.to.getTime() - g.from.getTime()) / 3_600_000) * 100) / 100,
    }));
  }

  @Query(() => [DutyAction], {
    description:
      '对某单位值班可执行的操作（默认本单位）：排班、取消班次、记值班日志 / What you may do to a unit’s duty (your unit by default)',
  })
  async dutyAllowedActions(
    @CurrentPrincipal() p: Principal,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<DutyAction[]> {
    return (await this.duty.allowedActions(p, unitId ?? p.unitId)) as DutyAction[];
  }

  @Mutation(() => DutyShiftType, { description: '排班（单位领导或县管理员）/ Put someone on duty' })
  async assignDutyShift(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: AssignDutyShiftInput,
  ): Promise<DutyShiftType> {
    return toShift(await this.commands.execute(new AssignDutyShiftCommand(p, input, ctx)));
  }

  @Mutation(() => DutyShiftType, { description: '取消班次 / Cancel a shift' })
  async cancelDutyShift(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: CancelDutyShiftInput,
  ): Promise<DutyShiftType> {
    return toShift(await this.commands.execute(new CancelDutyShiftCommand(p, input, ctx)));
  }

  @Mutation(() => DutyLogEntryType, { description: '记值班日志 / Write a line in your unit’s duty log' })
  async recordDutyLog(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: RecordDutyLogInput,
  ): Promise<DutyLogEntryType> {
    return toEntry(await this.commands.execute(new RecordDutyLogCommand(p, input, ctx)));
  }
}
