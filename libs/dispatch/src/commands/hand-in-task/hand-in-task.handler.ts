import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { HandInTaskCommand } from './hand-in-task.command';

@CommandHandler(HandInTaskCommand)
export class HandInTaskHandler implements ICommandHandler<HandInTaskCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: HandInTaskCommand): Promise<void> {
    const { input } = c;
    return this.steps.take(
      c,
      {
        type: 'HandInTask',
        factsFound: input.factsFound,
        measures: input.measures,
        result: input.result,
        evidence: input.evidence,
      },
      { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_HANDED_IN' },
    );
  }
}
