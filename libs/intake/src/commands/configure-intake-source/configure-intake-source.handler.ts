import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf, deterministicUuid, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { intakeSourceDecider } from '../../domain/intake-source.decider';
import { sourceNotFound } from '../../domain/intake.errors';
import { INTAKE_SOURCE_STREAM_TYPE, intakeSourceStreamId } from '../../domain/intake.events';
import { IntakeReader } from '../../queries/intake-reader';
import { ConfigureIntakeSourceCommand } from './configure-intake-source.command';

@CommandHandler(ConfigureIntakeSourceCommand)
export class ConfigureIntakeSourceHandler implements ICommandHandler<ConfigureIntakeSourceCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly organization: OrganizationDirectory,
    private readonly reader: IntakeReader,
  ) {}

  async execute({ principal, input, context }: ConfigureIntakeSourceCommand): Promise<string> {
    const countyId = principal.countyId ?? '';
    authorize(principal, Action.IntakeManageSources, { kind: 'county', countyId });
    if (input.sourceId) {
      const existing = await this.reader.source(input.sourceId);
      // Another county's source does not exist for this administrator.
      if (!existing || existing.countyId !== countyId) throw sourceNotFound(input.sourceId);
    }
    const owner = (await this.organization.unitFacts([input.ownerUnitId])).get(input.ownerUnitId);
    if (!owner || owner.countyId !== countyId)
      throw new ValidationFailed([
        problem('input.ownerUnitId', '须为本县的单位', "must be one of this county's units"),
      ]);
    const sourceId =
      input.sourceId ??
      (context.idempotencyKey
        ? deterministicUuid('intake-source', principal.unitId, context.idempotencyKey)
        : randomUUID());
    await this.executor.execute({
      streamId: intakeSourceStreamId(sourceId),
      streamType: INTAKE_SOURCE_STREAM_TYPE,
      decider: intakeSourceDecider,
      command: {
        type: 'ConfigureIntakeSource',
        sourceId,
        countyId,
        name: input.name,
        kind: input.kind,
        ownerUnitId: input.ownerUnitId,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: principal.unitId,
      metadata: commandMetadata('ConfigureIntakeSource', context),
      fingerprintOf: input,
    });
    return sourceId;
  }
}
