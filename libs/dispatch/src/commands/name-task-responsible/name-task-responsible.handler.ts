import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { DispatchFacts, taskTarget } from '../../queries/dispatch-facts';
import { TaskSteps } from '../task-step';
import { TaskResponsibles } from '../task-responsible';
import { NameTaskResponsibleCommand } from './name-task-responsible.command';

@CommandHandler(NameTaskResponsibleCommand)
export class NameTaskResponsibleHandler implements ICommandHandler<NameTaskResponsibleCommand, void> {
  constructor(
    private readonly steps: TaskSteps,
    private readonly responsibles: TaskResponsibles,
    private readonly facts: DispatchFacts,
  ) {}

  async execute(c: NameTaskResponsibleCommand): Promise<void> {
    // Refused for a caller who may not work the task before anything about its people is said.
    authorize(c.principal, Action.TaskWork, taskTarget(await this.facts.taskFacts(c.taskId)), c.taskId);
    const responsible = await this.responsibles.named(c.taskId, c.input.userId);
    return this.steps.take(
      c,
      { type: 'NameTaskResponsible', responsible },
      { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_PROGRESS' },
    );
  }
}
