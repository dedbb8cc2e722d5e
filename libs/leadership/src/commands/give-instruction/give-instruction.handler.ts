import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { deliverToInbox, InboxChangeKind, InboxRef } from '@app/inbox';
import { IncidentCommandService, IncidentNotFound } from '@app/incidents';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { leaderInstructionDecider } from '../../domain/leader-instruction.decider';
import { LEADER_INSTRUCTION_STREAM_TYPE, leaderInstructionStreamId } from '../../domain/leadership.events';
import { LeadershipDirectory } from '../../queries/leadership-directory';
import { GiveInstructionCommand } from './give-instruction.command';

@CommandHandler(GiveInstructionCommand)
export class GiveInstructionHandler implements ICommandHandler<GiveInstructionCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly leaders: LeadershipDirectory,
    private readonly organization: OrganizationDirectory,
  ) {}

  async execute({ principal, incidentId, text, context }: GiveInstructionCommand): Promise<string> {
    const view = await this.incidents.facts(incidentId);
    // Another county's incident does not exist for this leader (NOT_FOUND, not a hint).
    if (!view.countyId || view.countyId !== principal.countyId) throw new IncidentNotFound(incidentId);
    authorize(principal, Action.InstructionGive, { kind: 'county', countyId: view.countyId }, incidentId);
    const instructionId = context.idempotencyKey
      ? deterministicUuid('leader-instruction', principal.userId, context.idempotencyKey)
      : randomUUID();
    const centreUnitId = await this.organization.countyCentreUnitId(view.countyId);
    await this.executor.execute({
      streamId: leaderInstructionStreamId(instructionId),
      streamType: LEADER_INSTRUCTION_STREAM_TYPE,
      decider: leaderInstructionDecider,
      command: {
        type: 'GiveInstruction',
        instructionId,
        incident: {
          incidentId,
          countyId: view.countyId,
          title: view.title,
          confidential: view.confidential,
          field: view.field,
        },
        leader: await this.leaders.leader(view.countyId, principal.userId),
        text,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: principal.unitId,
      metadata: commandMetadata('GiveInstruction', context),
      fingerprintOf: { incidentId, text },
      // The centre that runs the incident hears of it in the same transaction (it turns it into tasks).
      alsoWithin: async (tx) => {
        if (!centreUnitId) return;
        await deliverToInbox(tx, context, {
          unitId: centreUnitId,
          kind: InboxChangeKind.INSTRUCTION_GIVEN,
          refType: InboxRef.INSTRUCTION,
          refId: instructionId,
          incidentId,
          incidentTitle: view.title,
          confidential: view.confidential,
        });
      },
    });
    return instructionId;
  }
}
