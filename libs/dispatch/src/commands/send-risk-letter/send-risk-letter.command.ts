import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { LetterContent } from '../../domain/letter.decider';

/** 一函: a risk letter to one or more units, each of whom signs for it; answers the new letter's id. */
export class SendRiskLetterCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: {
      incidentId: string | null;
      recipientUnitIds: string[];
      content: LetterContent;
      receiptDueAt?: Date;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
