import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { TakedownAnswer } from '../../domain/takedown-request.events';

/** Records what the platform answered to a takedown request (the sending unit's step). */
export class RecordTakedownAnswerCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly input: { requestId: string; answer: TakedownAnswer; note: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
