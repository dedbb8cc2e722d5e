import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, SYSTEM_SCOPE, UnitKind } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService, TaskRole } from '@app/incidents';
import { CommandContext, decisionContextOf, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory, timerSettings } from '@app/organization';
import { reminderTimes } from '../../domain/reminders';
import { NewTask, taskDecider } from '../../domain/task.decider';
import { DeadlineRule, TaskKind } from '../../domain/task.enums';
import { TASK_STREAM_TYPE, taskStreamId } from '../../domain/task.events';
import { TaskView } from '../../projections/task-view.entity';
import { DispatchFacts, taskTarget } from '../../queries/dispatch-facts';
import { deliver, newId, outOfService } from '../dispatch-support';
import { TaskPlanner } from '../task-planner';
import { RedispatchTaskCommand } from './redispatch-task.command';

/**
 * The village's part is a task of its own, dispatched by the township; the township's task records it in the same
 * transaction, the incident attaches it, and the village's inbox says it arrived.
 */
@CommandHandler(RedispatchTaskCommand)
export class RedispatchTaskHandler implements ICommandHandler<RedispatchTaskCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
    private readonly facts: DispatchFacts,
    private readonly planner: TaskPlanner,
  ) {}

  async execute({ principal: p, input, context: ctx }: RedispatchTaskCommand): Promise<string> {
    const parent = await this.facts.taskFacts(input.parentTaskId);
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
    const childId = newId('task', p, ctx);
    const task = await this.villagePart(ctx, parent, village.unitId, input, dueAt);
    const context = decisionContextOf(p, ctx.now);
    await this.executor.execute({
      streamId: taskStreamId(childId),
      streamType: TASK_STREAM_TYPE,
      decider: taskDecider,
      command: { type: 'DispatchTask', taskId: childId, context, task },
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
            context,
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
        await deliver(tx, ctx, village.unitId, 'TASK_DISPATCHED', { type: 'TASK', id: childId }, task);
      },
    });
    return childId;
  }

  /**
   * A village's part runs on its township's deadline, reminded on the same clock (with the default settings, as
   * the rest of its timers: it records no policy of its own).
   */
  private async villagePart(
    ctx: CommandContext,
    parent: TaskView,
    villageUnitId: string,
    input: RedispatchTaskCommand['input'],
    dueAt: Date,
  ): Promise<NewTask> {
    const countyPolicy = await this.planner.policyOf(parent.countyId);
    const reminders = this.planner.remindersOn(
      countyPolicy,
      parent.grade,
      await this.planner.calendarFor(countyPolicy, parent.countyId),
    );
    return {
      incidentId: parent.incidentId,
      countyId: parent.countyId,
      dispatcherUnitId: parent.assigneeUnitId,
      assigneeUnitId: villageUnitId,
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
  }
}
