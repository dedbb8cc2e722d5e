import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, Principal, WORKING_UNIT_KINDS } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService } from '@app/incidents';
import { decisionContextOf, ValidationFailed } from '@app/kernel';
import { DeadlineStep, OrganizationDirectory, stepRule } from '@app/organization';
import { dueAfter } from '../../domain/deadline-policy';
import { LETTER_STREAM_TYPE, letterDecider, letterStreamId } from '../../domain/letter.decider';
import { deliver, newId, outOfService } from '../dispatch-support';
import { TaskPlanner } from '../task-planner';
import { SendRiskLetterCommand } from './send-risk-letter.command';

/** The letter's stream says it was sent and each recipient's inbox that it arrived, in one transaction. */
@CommandHandler(SendRiskLetterCommand)
export class SendRiskLetterHandler implements ICommandHandler<SendRiskLetterCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
    private readonly planner: TaskPlanner,
  ) {}

  async execute({ principal: p, input, context: ctx }: SendRiskLetterCommand): Promise<string> {
    const { countyId, confidential } = await this.authorized(p, input.incidentId);
    const known = await this.organization.unitFacts(input.recipientUnitIds);
    const knownIds = [...known.values()]
      .filter((u) => u.countyId === countyId && WORKING_UNIT_KINDS.includes(u.kind))
      .map((u) => u.unitId);
    const retired = input.recipientUnitIds.flatMap((id, k) =>
      known.get(id)?.active === false ? [outOfService(`input.recipientUnitIds[${k}]`)] : [],
    );
    if (retired.length) throw new ValidationFailed(retired);
    const letterId = newId('letter', p, ctx);
    const policy = await this.planner.policyOf(countyId);
    const receiptDueAt =
      input.receiptDueAt ??
      dueAfter(
        stepRule(policy, input.content.level, DeadlineStep.LETTER_RECEIPT),
        ctx.now,
        await this.planner.calendarFor(policy, countyId),
      );
    await this.executor.execute({
      streamId: letterStreamId(letterId),
      streamType: LETTER_STREAM_TYPE,
      decider: letterDecider,
      command: {
        type: 'SendRiskLetter',
        letterId,
        context: decisionContextOf(p, ctx.now),
        incidentId: input.incidentId,
        countyId,
        recipientUnitIds: input.recipientUnitIds,
        knownRecipientUnitIds: knownIds,
        content: input.content,
        receiptDueAt,
        confidential,
      },
      owningUnit: p.unitId,
      metadata: commandMetadata('SendRiskLetter', ctx),
      fingerprintOf: input,
      alsoWithin: async (tx, { events }) => {
        const sent = events[0].data as { recipientUnitIds: string[]; title: string };
        const about = { incidentId: input.incidentId, incidentTitle: sent.title, confidential };
        for (const unitId of sent.recipientUnitIds)
          await deliver(tx, ctx, unitId, 'LETTER_SENT', { type: 'LETTER', id: letterId }, about);
      },
    });
    return letterId;
  }

  /** About an incident, the letter is sent under its access and secrecy; otherwise for the sender's county. */
  private async authorized(p: Principal, incidentId: string | null) {
    if (!incidentId) {
      const countyId = p.countyId;
      authorize(p, Action.LetterSend, { kind: 'county', countyId: countyId ?? '' }, countyId ?? '');
      return { countyId, confidential: false };
    }
    const view = await this.incidents.authorized(p, incidentId, Action.LetterSend);
    return { countyId: view.countyId, confidential: view.confidential };
  }
}
