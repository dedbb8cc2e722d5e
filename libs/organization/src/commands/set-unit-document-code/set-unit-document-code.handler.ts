import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { UnitNotFound } from '../../domain/organization.errors';
import { UNIT_STREAM_TYPE, unitStreamId } from '../../domain/organization.events';
import { OrganizationDirectory } from '../../queries/organization-directory';
import { unitDecider } from '../organization-deciders';
import { SetUnitDocumentCodeCommand } from './set-unit-document-code.command';

/**
 * 机关代字 is an event on the unit (not a county policy value): it is the unit's own, named by its own administrator,
 * read wherever the unit issues, and its history says which code was in force when each number was given.
 */
@CommandHandler(SetUnitDocumentCodeCommand)
export class SetUnitDocumentCodeHandler implements ICommandHandler<SetUnitDocumentCodeCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute({ principal, unitId, code, context }: SetUnitDocumentCodeCommand): Promise<void> {
    const unit = await this.directory.unit(SYSTEM_SCOPE, unitId);
    if (!unit) throw new UnitNotFound(unitId);
    authorize(
      principal,
      Action.UnitSetDocumentCode,
      { kind: 'unit', unitId, countyId: unit.countyId },
      unitId,
    );
    await this.executor.execute({
      streamId: unitStreamId(unitId),
      streamType: UNIT_STREAM_TYPE,
      decider: unitDecider,
      command: {
        type: 'SetUnitDocumentCode',
        unitId,
        code,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: unitId,
      metadata: commandMetadata('SetUnitDocumentCode', context),
      fingerprintOf: { unitId, code },
    });
  }
}
