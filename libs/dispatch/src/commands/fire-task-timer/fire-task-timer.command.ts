import { Command } from '@nestjs/cqrs';
import { TaskTimer } from '../../domain/task.decider';

/** A task's timer falling due (ADR 0009); answers whether anything happened. */
export class FireTaskTimerCommand extends Command<boolean> {
  constructor(
    readonly taskId: string,
    readonly timer: TaskTimer,
    readonly now: Date,
  ) {
    super();
  }
}
