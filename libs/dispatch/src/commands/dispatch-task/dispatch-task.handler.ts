import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService } from '@app/incidents';
import { decisionContextOf } from '@app/kernel';
import { taskDecider } from '../../domain/task.decider';
import { TASK_STREAM_TYPE, taskStreamId } from '../../domain/task.events';
import { deliver, newId } from '../dispatch-support';
import { TaskPlanner } from '../task-planner';
import { DISPATCH_PRECONDITION, DispatchPrecondition } from '../dispatch-precondition';
import { DispatchTaskCommand } from './dispatch-task.command';

/**
 * One transaction: the task's stream says it was dispatched, the incident attaches it, and the assignee's inbox
 * says it arrived — all or none. A retry with the same idempotency key names the same task and appends nothing.
 */
@CommandHandler(DispatchTaskCommand)
export class DispatchTaskHandler implements ICommandHandler<DispatchTaskCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly planner: TaskPlanner,
    /** Filled by leadership when the county's policy makes dispatch wait for an approved 处置方案. */
    @Optional() @Inject(DISPATCH_PRECONDITION) private readonly precondition?: DispatchPrecondition,
  ) {}

  async execute({ principal: p, input, context: ctx, action }: DispatchTaskCommand): Promise<string> {
    const view = await this.incidents.authorized(p, input.incidentId, action);
    await this.precondition?.check(view);
    const taskId = newId('task', p, ctx);
    const task = await this.planner.newTask(p, ctx, view, input);
    await this.executor.execute({
      streamId: taskStreamId(taskId),
      streamType: TASK_STREAM_TYPE,
      decider: taskDecider,
      command: { type: 'DispatchTask', taskId, context: decisionContextOf(p, ctx.now), task },
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
        await deliver(tx, ctx, task.assigneeUnitId, 'TASK_DISPATCHED', { type: 'TASK', id: taskId }, task);
      },
    });
    return taskId;
  }
}
