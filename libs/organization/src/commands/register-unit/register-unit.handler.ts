import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, UnitKind } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { UNIT_STREAM_TYPE, unitStreamId } from '../../domain/organization.events';
import { OrganizationDirectory } from '../../queries/organization-directory';
import { parentFacts, unitDecider } from '../organization-deciders';
import { RegisterUnitCommand } from './register-unit.command';

@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler implements ICommandHandler<RegisterUnitCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute({ principal, input, context }: RegisterUnitCommand): Promise<string> {
    const countyId = input.kind === UnitKind.CITY_OFFICE ? null : (input.countyId ?? principal.countyId);
    authorize(principal, Action.UnitRegister, { kind: 'county', countyId: countyId ?? '' }, countyId ?? '');
    const unitId =
      input.unitId ??
      (context.idempotencyKey
        ? deterministicUuid('unit', principal.unitId, context.idempotencyKey)
        : randomUUID());
    const facts = await this.directory.unitFacts(input.parentId ? [input.parentId] : []);
    const countyExists = countyId !== null && (await this.directory.countyFacts(countyId)) !== null;
    await this.executor.execute({
      streamId: unitStreamId(unitId),
      streamType: UNIT_STREAM_TYPE,
      decider: unitDecider,
      command: {
        type: 'RegisterUnit',
        unitId,
        kind: input.kind,
        name: input.name,
        countyId,
        parent: parentFacts(facts, input.parentId),
        countyExists,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: unitId,
      metadata: commandMetadata('RegisterUnit', context),
      fingerprintOf: input,
    });
    return unitId;
  }
}
