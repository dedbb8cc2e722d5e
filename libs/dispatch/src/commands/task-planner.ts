import { Injectable } from '@nestjs/common';
import { Principal, UnitKind, WORKING_UNIT_KINDS } from '@app/access';
import { HolidayCalendar } from '@app/calendar';
import { Grade, IncidentNature, IncidentView, TaskRole } from '@app/incidents';
import { CommandContext, problem, ValidationFailed } from '@app/kernel';
import {
  deadlineMatrix,
  DeadlineStep,
  OrganizationDirectory,
  stepRule,
  timerSettings,
} from '@app/organization';
import {
  countyDeadlinePolicy,
  DeadlinePolicy,
  deadlineFor,
  dueAfter,
  inForce,
} from '../domain/deadline-policy';
import { reminderTimes } from '../domain/reminders';
import { NewTask } from '../domain/task.decider';
import { DeadlineRule, TaskKind } from '../domain/task.enums';
import { outOfService } from './dispatch-support';

/** What the dispatcher says of a new task; the rest comes from the incident and the county's policy. */
export interface DispatchInput {
  incidentId: string;
  unitId: string;
  role: TaskRole;
  requirements: string;
  /** Defaults to the county's deadline policy by grade and nature. */
  dueAt?: Date;
  kind?: TaskKind;
}

/**
 * A new task's deadlines and reminders from the county's deadline policy and holiday calendar, read when it is
 * dispatched (a task keeps the due time it was given). Shared by 派单, 移交公安 and the conference's follow-ups.
 */
@Injectable()
export class TaskPlanner {
  constructor(private readonly organization: OrganizationDirectory) {}

  async newTask(
    p: Principal,
    ctx: CommandContext,
    view: IncidentView,
    input: DispatchInput,
  ): Promise<NewTask> {
    const unit = (await this.organization.unitFacts([input.unitId])).get(input.unitId);
    if (!unit || unit.countyId !== view.countyId || !WORKING_UNIT_KINDS.includes(unit.kind)) {
      throw new ValidationFailed([
        problem(
          'input.unitId',
          '只能派给本县的部门、乡镇或村（社区）',
          'only to a department, township or village of the county',
        ),
      ]);
    }
    if (!unit.active) throw new ValidationFailed([outOfService('input.unitId')]);
    // A township handling an incident itself dispatches to its own villages only (000 §三; the policy let it in).
    if (p.unitKind === UnitKind.TOWNSHIP && (await this.organization.townshipOf(unit.unitId)) !== p.unitId) {
      throw new ValidationFailed([
        problem(
          'input.unitId',
          '乡镇自行处置时只能派给本乡镇所辖的村（社区）',
          'a township handling an incident itself dispatches only to its own villages',
        ),
      ]);
    }
    const policy = await this.policyOf(view.countyId);
    const calendar = await this.calendarFor(policy, view.countyId);
    const deadline = deadlineFor(
      policy,
      ctx.now,
      view.grade as Grade | null,
      view.nature as IncidentNature | null,
      calendar,
    );
    const dueAt = input.dueAt ?? deadline.dueAt;
    const reminders = this.remindersOn(policy, view.grade, calendar);
    return {
      incidentId: view.incidentId,
      countyId: view.countyId,
      dispatcherUnitId: p.unitId,
      assigneeUnitId: unit.unitId,
      role: input.role,
      kind: input.kind ?? TaskKind.STANDARD,
      requirements: input.requirements,
      dueAt,
      hardDueAt: deadline.hardDueAt,
      deadlineRule: input.dueAt ? DeadlineRule.GIVEN : deadline.rule,
      policy: inForce(policy, view.grade),
      signForDueAt: dueAfter(stepRule(policy, view.grade, DeadlineStep.SIGN_FOR), ctx.now, calendar),
      firstReplyDueAt: dueAfter(stepRule(policy, view.grade, DeadlineStep.FIRST_REPLY), ctx.now, calendar),
      remindAt: reminderTimes(ctx.now, dueAt, timerSettings(policy), reminders.calendar),
      remindOnWorkingTime: reminders.onWorkingTime,
      parentTaskId: null,
      parentAssigneeUnitId: null,
      incidentTitle: view.title,
      grade: view.grade,
      confidential: view.confidential,
    };
  }

  /**
   * The county's holiday calendar, when any step of its matrix counts working time or a same-day reply is given
   * its least working time.
   */
  async calendarFor(policy: DeadlinePolicy, countyId: string | null) {
    const needed =
      deadlineMatrix(policy).some((r) => r.onWorkingTime) ||
      (policy.sameDayForInquiries && policy.sameDayLeastMinutes > 0);
    return needed ? (await this.organization.holidayCalendar(countyId)).calendar : undefined;
  }

  /** The county's deadline policy, read when a deadline is set (a task keeps the due time it was given). */
  async policyOf(countyId: string | null): Promise<DeadlinePolicy> {
    return countyDeadlinePolicy(countyId ? await this.organization.countyFacts(countyId) : null);
  }

  /**
   * The clock a task's nearly-due reminders run on: its written-feedback deadline's (the county's cell for the
   * grade) — working time, with the county's calendar, or the wall clock.
   */
  remindersOn(policy: DeadlinePolicy, grade: string | null, calendar: HolidayCalendar | undefined) {
    const onWorkingTime = stepRule(policy, grade, DeadlineStep.WRITTEN_FEEDBACK).onWorkingTime && !!calendar;
    return { onWorkingTime, calendar: onWorkingTime ? calendar : undefined };
  }
}
