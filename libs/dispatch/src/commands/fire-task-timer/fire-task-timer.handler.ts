import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { InboxAudience, InboxChangeKind } from '@app/inbox';
import { decisionContextOf } from '@app/kernel';
import { taskDecider } from '../../domain/task.decider';
import { TASK_STREAM_TYPE, TaskEventType, taskStreamId } from '../../domain/task.events';
import { DispatchFacts } from '../../queries/dispatch-facts';
import { deliver, platformContext } from '../dispatch-support';
import { FireTaskTimerCommand } from './fire-task-timer.command';

/**
 * The platform acts for the dispatching unit — a reminder, or the overdue notice with its automatic 督办 and a
 * word to the unit's leaders, or the escalation to the dispatcher's leaders. The timer id is the idempotency key
 * and the task remembers fired timers: a job run twice acts once; a timer overtaken by events does nothing.
 */
@CommandHandler(FireTaskTimerCommand)
export class FireTaskTimerHandler implements ICommandHandler<FireTaskTimerCommand, boolean> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly facts: DispatchFacts,
  ) {}

  async execute({ taskId, timer, now }: FireTaskTimerCommand): Promise<boolean> {
    const task = await this.facts.taskFacts(taskId);
    const ctx = platformContext(task.dispatcherUnitId, timer.timerId, now);
    const result = await this.executor.execute({
      streamId: taskStreamId(taskId),
      streamType: TASK_STREAM_TYPE,
      decider: taskDecider,
      command: { type: 'FireTaskTimer', taskId, context: decisionContextOf(ctx.actor, now), timer },
      owningUnit: task.dispatcherUnitId,
      metadata: commandMetadata('FireTaskTimer', ctx),
      fingerprintOf: { taskId, timerId: timer.timerId },
      alsoWithin: async (tx, { events }) => {
        const arrive = (unitId: string, kind: InboxChangeKind, audience: InboxAudience) =>
          deliver(tx, ctx, unitId, kind, { type: 'TASK', id: taskId }, task, { audience, note: timer.note });
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
}
