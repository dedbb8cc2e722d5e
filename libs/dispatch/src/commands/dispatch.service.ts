import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DISPATCH_PRECONDITION, DispatchPrecondition } from './dispatch-precondition';
import {
  Action,
  authorize,
  Principal,
  ScopedDb,
  SYSTEM_SCOPE,
  Target,
  UnitKind,
  WORKING_UNIT_KINDS,
} from '@app/access';
import { CommandExecutor, commandMetadata, Decider, RecordedEvent, StoreTransaction } from '@app/event-store';
import { Grade, IncidentCommandService, IncidentNature, IncidentView, TaskRole } from '@app/incidents';
import { CommandContext, deterministicUuid, LocalizedMessage, problem, ValidationFailed } from '@app/kernel';
import { deliverToInbox, InboxAudience, InboxChangeKind } from '@app/inbox';
import { HolidayCalendar } from '@app/calendar';
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
import {
  LETTER_STREAM_TYPE,
  LetterContent,
  letterDecider,
  LetterEventType,
  letterStreamId,
} from '../domain/letter.decider';
import {
  decideTask,
  evolveTask,
  initialTaskState,
  NewTask,
  TaskCommand,
  TaskState,
  TaskTimer,
} from '../domain/task.decider';
import { LetterNotFound, TaskNotFound } from '../domain/dispatch.errors';
import { reminderTimes } from '../domain/reminders';
import { DeadlineRule, TaskKind } from '../domain/task.enums';
import { TASK_STREAM_TYPE, TaskEvent, TaskEventType, taskStreamId } from '../domain/task.events';
import { LetterView } from '../projections/letter-view.entity';
import { TaskView } from '../projections/task-view.entity';

export const taskDecider: Decider<TaskCommand, TaskEvent, TaskState> = {
  decide: decideTask,
  evolve: evolveTask,
  initialState: initialTaskState,
};
export { letterDecider } from '../domain/letter.decider';

type Body<T> = T extends unknown ? Omit<T, 'taskId' | 'context'> : never;
export type TaskCommandBody = Exclude<
  Body<TaskCommand>,
  { type: 'DispatchTask' } | { type: 'RecordRedispatch' } | { type: 'FireTaskTimer' }
>;

/** A unit stood down (停用) takes no new work. */
const outOfService = (field: string) =>
  problem(field, '该单位已停用，不再接收派单和提示函', 'that unit is out of service');

/** The policy action for each step of a task, and whom the other side of it is delivered to. */
const STEP: Record<
  TaskCommandBody['type'],
  { action: Action; to: 'dispatcher' | 'assignee'; kind: InboxChangeKind }
> = {
  SignTask: { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_SIGNED' },
  ReturnTask: { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_RETURNED' },
  ReportTaskProgress: { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_PROGRESS' },
  RequestTaskExtension: { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_EXTENSION_REQUESTED' },
  HandInTask: { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_HANDED_IN' },
  DecideTaskExtension: { action: Action.TaskOversee, to: 'assignee', kind: 'TASK_EXTENSION_DECIDED' },
  ReviewTask: { action: Action.TaskOversee, to: 'assignee', kind: 'TASK_ACCEPTED' },
  SuperviseTask: { action: Action.TaskOversee, to: 'assignee', kind: 'TASK_SUPERVISED' },
  RemindTask: { action: Action.TaskOversee, to: 'assignee', kind: 'TASK_REMINDED' },
  CancelTask: { action: Action.TaskOversee, to: 'assignee', kind: 'TASK_CANCELLED' },
};

export const taskTarget = (t: TaskView): Target => ({
  kind: 'task',
  countyId: t.countyId,
  dispatcherUnitId: t.dispatcherUnitId,
  assigneeUnitId: t.assigneeUnitId,
  parentAssigneeUnitId: t.parentAssigneeUnitId,
});

export const letterTarget = (l: LetterView): Target => ({
  kind: 'letter',
  countyId: l.countyId,
  senderUnitId: l.senderUnitId,
  recipientUnitIds: l.recipientUnitIds,
});

/** The platform acting on a unit's behalf when one of its timers falls due: named so in every history. */
export const PLATFORM_USER_ID = 'platform';

/**
 * An event the platform wrote on its own (a timer's reminder, overdue notice, automatic 督办, escalation). None of
 * them changes what a person may do with the task (task.decider.spec says so), so none makes a person's version
 * stale.
 */
export const writtenByPlatform = (e: RecordedEvent) => e.metadata.actorUser === PLATFORM_USER_ID;
export function platformContext(unitId: string, timerId: string, now: Date): CommandContext {
  return {
    actor: { userId: PLATFORM_USER_ID, unitId, userName: '平台（时限提醒）' },
    now,
    correlationId: deterministicUuid('timer', timerId),
    idempotencyKey: `timer:${timerId}`,
  };
}

/** Units that may receive tasks and letters: any unit of the county but the centre itself and the city office. */
export interface DispatchInput {
  incidentId: string;
  unitId: string;
  role: TaskRole;
  requirements: string;
  /** Defaults to the county's deadline policy by grade and nature. */
  dueAt?: Date;
  kind?: TaskKind;
}

export interface FollowUpInput {
  unitId: string;
  role: TaskRole;
  requirements: string;
  dueAt?: Date;
}

/**
 * The "一函四单" loop's cross-unit commands. Each is one transaction: the sender's stream says it was sent, the
 * receiver's inbox stream says it arrived, and the incident learns of tasks dispatched or settled — all or none.
 * A retry with the same idempotency key answers with the first result (the executor's check) and delivers nothing
 * twice.
 */
@Injectable()
export class DispatchService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
    private readonly db: ScopedDb,
    @Optional() @Inject(DISPATCH_PRECONDITION) private readonly precondition?: DispatchPrecondition,
  ) {}

  async taskFacts(taskId: string): Promise<TaskView> {
    const task = /^[0-9a-f-]{36}$/i.test(taskId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(TaskView, { taskId }))
      : null;
    if (!task) throw new TaskNotFound(taskId);
    return task;
  }

  async letterFacts(letterId: string): Promise<LetterView> {
    const letter = /^[0-9a-f-]{36}$/i.test(letterId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(LetterView, { letterId }))
      : null;
    if (!letter) throw new LetterNotFound(letterId);
    return letter;
  }

  /** 派单: a task for one unit, attached to a listed incident, delivered to the unit. */
  async dispatch(
    p: Principal,
    ctx: CommandContext,
    input: DispatchInput,
    action: Action = Action.TaskDispatch,
  ): Promise<string> {
    const view = await this.incidents.authorized(p, input.incidentId, action);
    await this.precondition?.check(view);
    const taskId = this.newId('task', p, ctx);
    const task = await this.newTask(p, ctx, view, input);
    await this.executor.execute({
      streamId: taskStreamId(taskId),
      streamType: TASK_STREAM_TYPE,
      decider: taskDecider,
      command: { type: 'DispatchTask', taskId, context: this.decision(p, ctx), task },
      owningUnit: p.unitId,
      metadata: commandMetadata('DispatchTask', ctx),
      fingerprintOf: input,
      alsoWithin: async (tx) => {
        await this.incidents.within(tx, p, ctx, input.incidentId, {
          type: 'AttachTask',
          taskId,
          unitId: input.unitId,
          role: input.role,
          parentTaskId: null,
        });
        await this.deliver(tx, ctx, task.assigneeUnitId, 'TASK_DISPATCHED', 'TASK', taskId, task);
      },
    });
    return taskId;
  }

  /** 移交公安: a task for the county's police unit (DOMAIN §5: rumours are referred to the police). */
  async referToPolice(
    p: Principal,
    ctx: CommandContext,
    input: { incidentId: string; requirements: string; dueAt?: Date },
  ): Promise<string> {
    // Authorised first: a caller who may not refer learns nothing about the county's set-up.
    const view = await this.incidents.authorized(p, input.incidentId, Action.PoliceRefer);
    const county = view.countyId ? await this.organization.countyFacts(view.countyId) : null;
    if (!county?.policeUnitId)
      throw new ValidationFailed([
        problem('incidentId', '本县尚未指定公安联动单位', 'the county has no police unit named'),
      ]);
    return this.dispatch(
      p,
      ctx,
      {
        incidentId: input.incidentId,
        unitId: county.policeUnitId,
        role: TaskRole.LEAD,
        requirements: input.requirements,
        dueAt: input.dueAt,
        kind: TaskKind.POLICE_REFERRAL,
      },
      Action.PoliceRefer,
    );
  }

  /** 联席会议: its record and the follow-up tasks it decided, dispatched together. */
  async recordConference(
    p: Principal,
    ctx: CommandContext,
    input: {
      incidentId: string;
      heldAt: Date;
      participants: string[];
      participantUnitIds: string[];
      decisions: string[];
      followUps: FollowUpInput[];
    },
  ): Promise<{ conferenceId: string; taskIds: string[] }> {
    const view = await this.incidents.authorized(p, input.incidentId, Action.LinkageManage);
    const conferenceId = this.newId('conference', p, ctx);
    const tasks = await Promise.all(
      input.followUps.map(async (f, i) => {
        const taskId = ctx.idempotencyKey
          ? deterministicUuid('conference-task', p.unitId, ctx.idempotencyKey, String(i))
          : randomUUID();
        return {
          taskId,
          task: await this.newTask(p, ctx, view, {
            ...f,
            incidentId: input.incidentId,
            kind: TaskKind.CONFERENCE_FOLLOW_UP,
          }),
        };
      }),
    );
    await this.incidents.run(
      p,
      ctx,
      input.incidentId,
      {
        type: 'RecordJointConference',
        conferenceId,
        heldAt: input.heldAt,
        participants: input.participants,
        participantUnitIds: input.participantUnitIds,
        decisions: input.decisions,
        followUps: tasks.map((t) => ({ taskId: t.taskId, unitId: t.task.assigneeUnitId, role: t.task.role })),
      },
      {
        action: Action.LinkageManage,
        alsoWithin: async (tx) => {
          for (const { taskId, task } of tasks) {
            const events = decideTask(
              { type: 'DispatchTask', taskId, context: this.decision(p, ctx), task },
              initialTaskState(),
            );
            await tx.append({
              streamId: taskStreamId(taskId),
              streamType: TASK_STREAM_TYPE,
              owningUnit: p.unitId,
              expectedVersion: 'no-stream',
              events: events.map((e) => ({
                type: e.type,
                data: e.data as unknown as Record<string, unknown>,
              })),
              metadata: { ...commandMetadata('DispatchTask', ctx), idempotencyKey: null },
            });
            await this.deliver(tx, ctx, task.assigneeUnitId, 'TASK_DISPATCHED', 'TASK', taskId, task);
          }
        },
      },
    );
    return { conferenceId, taskIds: tasks.map((t) => t.taskId) };
  }

  /** 转派: a township hands part of its task to one of its villages, and remains answerable for it. */
  async redispatch(
    p: Principal,
    ctx: CommandContext,
    input: { parentTaskId: string; villageUnitId: string; requirements: string; dueAt?: Date },
  ): Promise<string> {
    const parent = await this.taskFacts(input.parentTaskId);
    authorize(p, Action.TaskWork, taskTarget(parent), input.parentTaskId);
    const village = (await this.organization.unitFacts([input.villageUnitId])).get(input.villageUnitId);
    const villageRow = village ? await this.organization.unit(SYSTEM_SCOPE, village.unitId) : null;
    if (village && !village.active) throw new ValidationFailed([outOfService('input.villageUnitId')]);
    if (!village || village.kind !== UnitKind.VILLAGE || villageRow?.parentId !== parent.assigneeUnitId) {
      throw new ValidationFailed([
        problem(
          'input.villageUnitId',
          '只能转派给本乡镇下属的村（社区）',
          'only to a village of your own township',
        ),
      ]);
    }
    const dueAt = input.dueAt ?? parent.dueAt;
    if (dueAt.getTime() > parent.dueAt.getTime()) {
      throw new ValidationFailed([
        problem('input.dueAt', '不能晚于本单位工单的时限', "cannot be later than your own task's due time"),
      ]);
    }
    const childId = this.newId('task', p, ctx);
    // A village's part runs on its township's deadline, reminded on the same clock (with the default settings, as
    // the rest of its timers: it records no policy of its own).
    const countyPolicy = await this.policyOf(parent.countyId);
    const reminders = this.remindersOn(
      countyPolicy,
      parent.grade,
      await this.calendarFor(countyPolicy, parent.countyId),
    );
    const task: NewTask = {
      incidentId: parent.incidentId,
      countyId: parent.countyId,
      dispatcherUnitId: parent.assigneeUnitId,
      assigneeUnitId: village.unitId,
      role: parent.role as TaskRole,
      kind: TaskKind.VILLAGE_REDISPATCH,
      requirements: input.requirements,
      dueAt,
      hardDueAt: parent.hardDueAt,
      deadlineRule: input.dueAt ? DeadlineRule.GIVEN : DeadlineRule.PARENT,
      policy: null,
      remindAt: reminderTimes(ctx.now, dueAt, timerSettings(null), reminders.calendar),
      remindOnWorkingTime: reminders.onWorkingTime,
      parentTaskId: parent.taskId,
      parentAssigneeUnitId: parent.assigneeUnitId,
      incidentTitle: parent.incidentTitle,
      grade: parent.grade,
      confidential: parent.confidential,
    };
    await this.executor.execute({
      streamId: taskStreamId(childId),
      streamType: TASK_STREAM_TYPE,
      decider: taskDecider,
      command: { type: 'DispatchTask', taskId: childId, context: this.decision(p, ctx), task },
      owningUnit: p.unitId,
      metadata: commandMetadata('RedispatchTask', ctx),
      fingerprintOf: input,
      alsoWithin: async (tx) => {
        await this.executor.decideWithin(tx, {
          streamId: taskStreamId(parent.taskId),
          streamType: TASK_STREAM_TYPE,
          decider: taskDecider,
          command: {
            type: 'RecordRedispatch',
            taskId: parent.taskId,
            context: this.decision(p, ctx),
            childTaskId: childId,
            villageUnitId: village.unitId,
            requirements: input.requirements,
          },
          owningUnit: parent.dispatcherUnitId,
          metadata: commandMetadata('RedispatchTask', ctx),
        });
        await this.incidents.within(tx, p, ctx, parent.incidentId, {
          type: 'AttachTask',
          taskId: childId,
          unitId: village.unitId,
          role: parent.role as TaskRole,
          parentTaskId: parent.taskId,
        });
        await this.deliver(tx, ctx, village.unitId, 'TASK_DISPATCHED', 'TASK', childId, task);
      },
    });
    return childId;
  }

  /** One step of 办单/交单/审核/督办 on an existing task, delivered to the other side. */
  async act(
    p: Principal,
    ctx: CommandContext,
    taskId: string,
    body: TaskCommandBody,
    expectedVersion?: number,
  ): Promise<void> {
    const task = await this.taskFacts(taskId);
    const step = STEP[body.type];
    authorize(p, step.action, taskTarget(task), taskId);
    const to = step.to === 'dispatcher' ? task.dispatcherUnitId : task.assigneeUnitId;
    const kind: InboxChangeKind = body.type === 'ReviewTask' && !body.accept ? 'TASK_SENT_BACK' : step.kind;
    const settles = (body.type === 'ReviewTask' && body.accept) || body.type === 'CancelTask';
    // An extension granted is reminded on the deadline's clock: the decider places it with the county's calendar.
    const calendar =
      body.type === 'DecideTaskExtension' && body.approve
        ? (await this.organization.holidayCalendar(task.countyId)).calendar
        : undefined;
    await this.executor.execute({
      streamId: taskStreamId(taskId),
      streamType: TASK_STREAM_TYPE,
      decider: taskDecider,
      command: { ...body, ...(calendar ? { calendar } : {}), taskId, context: this.decision(p, ctx) },
      owningUnit: task.dispatcherUnitId,
      expectedVersion,
      // A reminder or overdue notice the platform added since does not make what the person read stale (ADR 0014).
      unseenIsNotStale: writtenByPlatform,
      metadata: commandMetadata(body.type, ctx),
      fingerprintOf: { taskId, body, expectedVersion: expectedVersion ?? null },
      alsoWithin: async (tx) => {
        // A struck-off or cancelled task (a village's part too) stops holding its incident open.
        if (settles) {
          await this.incidents.within(tx, p, ctx, task.incidentId, {
            type: 'SettleTask',
            taskId,
            outcome: body.type === 'CancelTask' ? 'CANCELLED' : 'ACCEPTED',
          });
        }
        await this.deliver(tx, ctx, to, kind, 'TASK', taskId, task);
      },
    });
  }

  /**
   * A task's timer falling due (ADR 0009): the platform acts for the dispatching unit — a reminder, or the overdue
   * notice with its automatic 督办 and a word to the unit's leaders, or the escalation to the dispatcher's leaders.
   * The timer id is the idempotency key and the task remembers fired timers: a job run twice acts once. Returns
   * whether anything happened (a timer overtaken by events does nothing).
   */
  async fireTaskTimer(taskId: string, timer: TaskTimer, now: Date): Promise<boolean> {
    const task = await this.taskFacts(taskId);
    const ctx = platformContext(task.dispatcherUnitId, timer.timerId, now);
    const result = await this.executor.execute({
      streamId: taskStreamId(taskId),
      streamType: TASK_STREAM_TYPE,
      decider: taskDecider,
      command: {
        type: 'FireTaskTimer',
        taskId,
        context: { now, actorUserId: ctx.actor.userId, actorUnitId: ctx.actor.unitId },
        timer,
      },
      owningUnit: task.dispatcherUnitId,
      metadata: commandMetadata('FireTaskTimer', ctx),
      fingerprintOf: { taskId, timerId: timer.timerId },
      alsoWithin: async (tx, { events }) => {
        const arrive = (unitId: string, kind: InboxChangeKind, audience: InboxAudience) =>
          this.deliver(tx, ctx, unitId, kind, 'TASK', taskId, task, { audience, note: timer.note });
        for (const e of events) {
          if (e.type === TaskEventType.Reminded)
            await arrive(
              task.assigneeUnitId,
              e.data.automatic === 'NEARLY_DUE' ? 'TASK_NEARLY_DUE' : 'TASK_REMINDED',
              'UNIT',
            );
          if (e.type === TaskEventType.Overdue) {
            await arrive(task.assigneeUnitId, 'TASK_SUPERVISED', 'UNIT');
            await arrive(task.assigneeUnitId, 'TASK_OVERDUE', 'LEADERS');
          }
          if (e.type === TaskEventType.Escalated)
            await arrive(task.dispatcherUnitId, 'TASK_ESCALATED', 'LEADERS');
        }
      },
    });
    return result.events.length > 0;
  }

  /** A letter's receipt timer: 催签 the units that have not signed for it, later raised to the sender's leaders. */
  async fireLetterTimer(
    letterId: string,
    timer: { timerId: string; kind: 'CHASE' | 'ESCALATE'; note: LocalizedMessage },
    now: Date,
  ): Promise<boolean> {
    const letter = await this.letterFacts(letterId);
    const ctx = platformContext(letter.senderUnitId, timer.timerId, now);
    const result = await this.executor.execute({
      streamId: letterStreamId(letterId),
      streamType: LETTER_STREAM_TYPE,
      decider: letterDecider,
      command: {
        type: 'FireLetterTimer',
        letterId,
        context: { now, actorUserId: ctx.actor.userId, actorUnitId: ctx.actor.unitId },
        timerId: timer.timerId,
        kind: timer.kind,
      },
      owningUnit: letter.senderUnitId,
      metadata: commandMetadata('FireLetterTimer', ctx),
      fingerprintOf: { letterId, timerId: timer.timerId },
      alsoWithin: async (tx, { events }) => {
        const arrive = (unitId: string, kind: InboxChangeKind, audience: InboxAudience) =>
          this.deliver(
            tx,
            ctx,
            unitId,
            kind,
            'LETTER',
            letterId,
            { incidentId: letter.incidentId, incidentTitle: letter.title, confidential: letter.confidential },
            { audience, note: timer.note },
          );
        for (const e of events) {
          const unsigned = (e.data as { unsignedUnitIds: string[] }).unsignedUnitIds;
          if (e.type === LetterEventType.Chased) {
            for (const unitId of unsigned) {
              await arrive(unitId, 'LETTER_CHASED', 'UNIT');
              await arrive(unitId, 'LETTER_CHASED', 'LEADERS');
            }
          }
          if (e.type === LetterEventType.Escalated)
            await arrive(letter.senderUnitId, 'LETTER_ESCALATED', 'LEADERS');
        }
      },
    });
    return result.events.length > 0;
  }

  /** 一函: a risk letter to one or more units, each of whom signs for it. */
  async sendLetter(
    p: Principal,
    ctx: CommandContext,
    input: {
      incidentId: string | null;
      recipientUnitIds: string[];
      content: LetterContent;
      receiptDueAt?: Date;
    },
  ): Promise<string> {
    let countyId = p.countyId;
    let confidential = false;
    if (input.incidentId) {
      const view = await this.incidents.authorized(p, input.incidentId, Action.LetterSend);
      countyId = view.countyId;
      confidential = view.confidential;
    } else {
      authorize(p, Action.LetterSend, { kind: 'county', countyId: countyId ?? '' }, countyId ?? '');
    }
    const known = await this.organization.unitFacts(input.recipientUnitIds);
    const knownIds = [...known.values()]
      .filter((u) => u.countyId === countyId && WORKING_UNIT_KINDS.includes(u.kind))
      .map((u) => u.unitId);
    const retired = input.recipientUnitIds.flatMap((id, k) =>
      known.get(id)?.active === false ? [outOfService(`input.recipientUnitIds[${k}]`)] : [],
    );
    if (retired.length) throw new ValidationFailed(retired);
    const letterId = this.newId('letter', p, ctx);
    const policy = await this.policyOf(countyId);
    const receiptDueAt =
      input.receiptDueAt ??
      dueAfter(
        stepRule(policy, input.content.level, DeadlineStep.LETTER_RECEIPT),
        ctx.now,
        await this.calendarFor(policy, countyId),
      );
    await this.executor.execute({
      streamId: letterStreamId(letterId),
      streamType: LETTER_STREAM_TYPE,
      decider: letterDecider,
      command: {
        type: 'SendRiskLetter',
        letterId,
        context: { now: ctx.now, actorUserId: p.userId, actorUnitId: p.unitId },
        incidentId: input.incidentId,
        countyId,
        recipientUnitIds: input.recipientUnitIds,
        knownRecipientUnitIds: knownIds,
        content: input.content,
        receiptDueAt,
        confidential,
      },
      owningUnit: p.unitId,
      metadata: commandMetadata('SendRiskLetter', ctx),
      fingerprintOf: input,
      alsoWithin: async (tx, { events }) => {
        const sent = events[0].data as { recipientUnitIds: string[]; title: string };
        for (const unitId of sent.recipientUnitIds) {
          await this.deliver(tx, ctx, unitId, 'LETTER_SENT', 'LETTER', letterId, {
            incidentId: input.incidentId,
            incidentTitle: sent.title,
            confidential,
          });
        }
      },
    });
    return letterId;
  }

  async signLetter(p: Principal, ctx: CommandContext, letterId: string): Promise<void> {
    const letter = await this.letterFacts(letterId);
    authorize(p, Action.LetterSign, letterTarget(letter), letterId);
    await this.executor.execute({
      streamId: letterStreamId(letterId),
      streamType: LETTER_STREAM_TYPE,
      decider: letterDecider,
      command: {
        type: 'SignRiskLetter',
        letterId,
        context: { now: ctx.now, actorUserId: p.userId, actorUnitId: p.unitId },
      },
      owningUnit: letter.senderUnitId,
      metadata: commandMetadata('SignRiskLetter', ctx),
      fingerprintOf: { letterId, unit: p.unitId },
      alsoWithin: (tx) =>
        this.deliver(tx, ctx, letter.senderUnitId, 'LETTER_SIGNED', 'LETTER', letterId, {
          incidentId: letter.incidentId,
          incidentTitle: letter.title,
          confidential: letter.confidential,
        }),
    });
  }

  private async newTask(
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

  /** The receiving side of a step: an arrival in the unit's inbox stream, in the sender's transaction. */
  private deliver(
    tx: StoreTransaction,
    ctx: CommandContext,
    unitId: string,
    kind: InboxChangeKind,
    refType: 'TASK' | 'LETTER',
    refId: string,
    about: { incidentId: string | null; incidentTitle: string; confidential: boolean },
    to?: { audience: InboxAudience; note: LocalizedMessage },
  ): Promise<void> {
    return deliverToInbox(tx, ctx, {
      unitId,
      kind,
      refType,
      refId,
      incidentId: about.incidentId,
      incidentTitle: about.incidentTitle,
      confidential: about.confidential,
      ...to,
    });
  }

  /**
   * The clock a task's nearly-due reminders run on: its written-feedback deadline's (the county's cell for the
   * grade) — working time, with the county's calendar, or the wall clock.
   */
  private remindersOn(policy: DeadlinePolicy, grade: string | null, calendar: HolidayCalendar | undefined) {
    const onWorkingTime = stepRule(policy, grade, DeadlineStep.WRITTEN_FEEDBACK).onWorkingTime && !!calendar;
    return { onWorkingTime, calendar: onWorkingTime ? calendar : undefined };
  }

  /**
   * The county's holiday calendar, when any step of its matrix counts working time or a same-day reply is given
   * its least working time.
   */
  private async calendarFor(policy: DeadlinePolicy, countyId: string | null) {
    const needed =
      deadlineMatrix(policy).some((r) => r.onWorkingTime) ||
      (policy.sameDayForInquiries && policy.sameDayLeastMinutes > 0);
    return needed ? (await this.organization.holidayCalendar(countyId)).calendar : undefined;
  }

  /** The county's deadline policy, read when a deadline is set (a task keeps the due time it was given). */
  private async policyOf(countyId: string | null): Promise<DeadlinePolicy> {
    return countyDeadlinePolicy(countyId ? await this.organization.countyFacts(countyId) : null);
  }

  private decision(p: Principal, ctx: CommandContext) {
    return { now: ctx.now, actorUserId: p.userId, actorUnitId: p.unitId };
  }

  /** Ids of new aggregates: derived from the idempotency key when there is one, so a retry names the same thing. */
  private newId(kind: string, p: Principal, ctx: CommandContext): string {
    return ctx.idempotencyKey ? deterministicUuid(kind, p.unitId, ctx.idempotencyKey) : randomUUID();
  }
}
