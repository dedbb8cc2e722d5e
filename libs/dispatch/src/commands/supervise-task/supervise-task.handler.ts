import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { deterministicUuid } from '@app/kernel';
import { TaskSteps } from '../task-step';
import { SuperviseTaskCommand } from './supervise-task.command';

@CommandHandler(SuperviseTaskCommand)
export class SuperviseTaskHandler implements ICommandHandler<SuperviseTaskCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: SuperviseTaskCommand): Promise<void> {
    const { input } = c;
    // Named from the idempotency key when there is one, so that a retry is recognised as the same notice.
    const key = c.context.idempotencyKey;
    const noticeId = key ? deterministicUuid('supervision', c.principal.unitId, key) : randomUUID();
    return this.steps.take(
      c,
      { type: 'SuperviseTask', noticeId, content: input.content, replyDueAt: input.replyDueAt },
      { action: Action.TaskOversee, to: 'assignee', kind: 'TASK_SUPERVISED' },
    );
  }
}
