import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { UNIT_STREAM_TYPE, unitStreamId } from '../../domain/organization.events';
import { OrganizationDirectory } from '../../queries/organization-directory';
import { parentFacts, unitDecider } from '../organization-deciders';
import { UpdateUnitCommand } from './update-unit.command';
import { UnitNotFound } from '../../domain/organization.errors';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(UpdateUnitCommand)
export class UpdateUnitHandler implements ICommandHandler<UpdateUnitCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute({ principal, unitId, input, context }: UpdateUnitCommand): Promise<void> {
    const facts = await this.directory.unitFacts([unitId, ...(input.parentId ? [input.parentId] : [])]);
    const unit = facts.get(unitId);
    if (!unit) throw new UnitNotFound(unitId);
    authorize(principal, Action.UnitUpdate, { kind: 'unit', unitId, countyId: unit.countyId }, unitId);
    await this.executor.execute({
      streamId: unitStreamId(unitId),
      streamType: UNIT_STREAM_TYPE,
      decider: unitDecider,
      command: {
        type: 'UpdateUnit',
        unitId,
        name: input.name,
        parent: parentFacts(facts, input.parentId),
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: unitId,
      expectedVersion: input.expectedVersion,
      metadata: commandMetadata('UpdateUnit', context),
      fingerprintOf: { unitId, ...input },
    });
  }
}
