import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { LocalizedMessage } from '@app/kernel';
import { TaskTimer } from '../domain/task.decider';
import { LetterView } from '../projections/letter-view.entity';
import { TaskView } from '../projections/task-view.entity';
import { DispatchFacts } from '../queries/dispatch-facts';
import { FireLetterTimerCommand } from './fire-letter-timer/fire-letter-timer.command';
import { FireTaskTimerCommand } from './fire-task-timer/fire-task-timer.command';

// The names other libraries and branches already import from here.
export { letterDecider } from '../domain/letter.decider';
export { taskDecider } from '../domain/task.decider';
export { letterTarget, taskTarget } from '../queries/dispatch-facts';
export { PLATFORM_USER_ID, platformContext, writtenByPlatform } from './dispatch-support';
export { DispatchInput } from './task-planner';
export { FollowUpInput } from './record-joint-conference/record-joint-conference.command';
export { TaskCommandBody } from './task-step';

/**
 * The door other libraries use into dispatch (timers fire its timers, documents read the record a paper is
 * about). Every command has its own use-case folder under commands/; this only forwards to them.
 */
@Injectable()
export class DispatchService {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: DispatchFacts,
  ) {}

  taskFacts(taskId: string): Promise<TaskView> {
    return this.facts.taskFacts(taskId);
  }

  letterFacts(letterId: string): Promise<LetterView> {
    return this.facts.letterFacts(letterId);
  }

  /** A task's timer falling due (ADR 0009); whether anything happened. */
  fireTaskTimer(taskId: string, timer: TaskTimer, now: Date): Promise<boolean> {
    return this.commands.execute(new FireTaskTimerCommand(taskId, timer, now));
  }

  /** A letter's receipt timer falling due; whether anything happened. */
  fireLetterTimer(
    letterId: string,
    timer: { timerId: string; kind: 'CHASE' | 'ESCALATE'; note: LocalizedMessage },
    now: Date,
  ): Promise<boolean> {
    return this.commands.execute(new FireLetterTimerCommand(letterId, timer, now));
  }
}
