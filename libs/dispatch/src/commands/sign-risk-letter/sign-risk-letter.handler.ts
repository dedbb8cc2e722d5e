import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { LETTER_STREAM_TYPE, letterDecider, letterStreamId } from '../../domain/letter.decider';
import { DispatchFacts, letterTarget } from '../../queries/dispatch-facts';
import { deliver } from '../dispatch-support';
import { SignRiskLetterCommand } from './sign-risk-letter.command';

/** The receipt on the letter's stream and the word to the sender's inbox, in one transaction. */
@CommandHandler(SignRiskLetterCommand)
export class SignRiskLetterHandler implements ICommandHandler<SignRiskLetterCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly facts: DispatchFacts,
  ) {}

  async execute({ principal: p, letterId, context: ctx }: SignRiskLetterCommand): Promise<void> {
    const letter = await this.facts.letterFacts(letterId);
    authorize(p, Action.LetterSign, letterTarget(letter), letterId);
    await this.executor.execute({
      streamId: letterStreamId(letterId),
      streamType: LETTER_STREAM_TYPE,
      decider: letterDecider,
      command: { type: 'SignRiskLetter', letterId, context: decisionContextOf(p, ctx.now) },
      owningUnit: letter.senderUnitId,
      metadata: commandMetadata('SignRiskLetter', ctx),
      fingerprintOf: { letterId, unit: p.unitId },
      alsoWithin: (tx) =>
        deliver(
          tx,
          ctx,
          letter.senderUnitId,
          'LETTER_SIGNED',
          { type: 'LETTER', id: letterId },
          { incidentId: letter.incidentId, incidentTitle: letter.title, confidential: letter.confidential },
        ),
    });
  }
}
