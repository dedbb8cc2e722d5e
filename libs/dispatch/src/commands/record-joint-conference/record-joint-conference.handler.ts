import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { commandMetadata } from '@app/event-store';
import { IncidentCommandService } from '@app/incidents';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { taskDecider } from '../../domain/task.decider';
import { TaskKind } from '../../domain/task.enums';
import { TASK_STREAM_TYPE, taskStreamId } from '../../domain/task.events';
import { deliver, newId } from '../dispatch-support';
import { TaskPlanner } from '../task-planner';
import { RecordJointConferenceCommand } from './record-joint-conference.command';

/**
 * The conference is recorded on the incident and each follow-up task is opened in the same transaction: the
 * incident's decision lists the tasks, so a task stream without its record (or the reverse) never exists.
 */
@CommandHandler(RecordJointConferenceCommand)
export class RecordJointConferenceHandler implements ICommandHandler<RecordJointConferenceCommand> {
  constructor(
    private readonly incidents: IncidentCommandService,
    private readonly planner: TaskPlanner,
  ) {}

  async execute({ principal: p, input, context: ctx }: RecordJointConferenceCommand) {
    const view = await this.incidents.authorized(p, input.incidentId, Action.LinkageManage);
    const conferenceId = newId('conference', p, ctx);
    const tasks = await Promise.all(
      input.followUps.map(async (f, i) => {
        const taskId = ctx.idempotencyKey
          ? deterministicUuid('conference-task', p.unitId, ctx.idempotencyKey, String(i))
          : randomUUID();
        return {
          taskId,
          task: await this.planner.newTask(p, ctx, view, {
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
            const events = taskDecider.decide(
              { type: 'DispatchTask', taskId, context: decisionContextOf(p, ctx.now), task },
              taskDecider.initialState(),
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
            await deliver(
              tx,
              ctx,
              task.assigneeUnitId,
              'TASK_DISPATCHED',
              { type: 'TASK', id: taskId },
              task,
            );
          }
        },
      },
    );
    return { conferenceId, taskIds: tasks.map((t) => t.taskId) };
  }
}
