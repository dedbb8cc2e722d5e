import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { RequestTaskExtensionCommand } from './request-task-extension.command';

@CommandHandler(RequestTaskExtensionCommand)
export class RequestTaskExtensionHandler implements ICommandHandler<RequestTaskExtensionCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: RequestTaskExtensionCommand): Promise<void> {
    const { input } = c;
    // One request per asked-for time: the same request repeated is recognised as the same.
    const requestId = `${c.taskId}:${c.input.requestedDueAt.toISOString()}`;
    return this.steps.take(
      c,
      { type: 'RequestTaskExtension', requestId, requestedDueAt: input.requestedDueAt, reason: input.reason },
      { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_EXTENSION_REQUESTED' },
    );
  }
}
