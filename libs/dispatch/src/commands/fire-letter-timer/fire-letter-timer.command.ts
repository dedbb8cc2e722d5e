import { Command } from '@nestjs/cqrs';
import { LocalizedMessage } from '@app/kernel';

/** A letter's receipt timer falling due; answers whether anything happened. */
export class FireLetterTimerCommand extends Command<boolean> {
  constructor(
    readonly letterId: string,
    readonly timer: { timerId: string; kind: 'CHASE' | 'ESCALATE'; note: LocalizedMessage },
    readonly now: Date,
  ) {
    super();
  }
}
