import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { ReviewTaskCommand } from './review-task.command';

@CommandHandler(ReviewTaskCommand)
export class ReviewTaskHandler implements ICommandHandler<ReviewTaskCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: ReviewTaskCommand): Promise<void> {
    const { input } = c;
    // Sent back, the assignee hears so; struck off (销号), the task stops holding its incident open.
    return this.steps.take(
      c,
      { type: 'ReviewTask', accept: input.accept, reason: input.reason },
      {
        action: Action.TaskOversee,
        to: 'assignee',
        kind: input.accept ? 'TASK_ACCEPTED' : 'TASK_SENT_BACK',
        settles: input.accept ? 'ACCEPTED' : undefined,
      },
    );
  }
}
