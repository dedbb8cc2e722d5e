import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { intakeSourceDecider } from '../../domain/intake-source.decider';
import { sourceNotFound } from '../../domain/intake.errors';
import { INTAKE_SOURCE_STREAM_TYPE, intakeSourceStreamId } from '../../domain/intake.events';
import { IntakeReader } from '../../queries/intake-reader';
import { SetIntakeColumnMappingCommand } from './set-intake-column-mapping.command';

@CommandHandler(SetIntakeColumnMappingCommand)
export class SetIntakeColumnMappingHandler implements ICommandHandler<SetIntakeColumnMappingCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IntakeReader,
  ) {}

  async execute({ principal, sourceId, mapping, context }: SetIntakeColumnMappingCommand): Promise<void> {
    const source = await this.reader.source(sourceId);
    if (!source || source.countyId !== principal.countyId) throw sourceNotFound(sourceId);
    authorize(principal, Action.IntakeManageSources, { kind: 'county', countyId: source.countyId });
    await this.executor.execute({
      streamId: intakeSourceStreamId(sourceId),
      streamType: INTAKE_SOURCE_STREAM_TYPE,
      decider: intakeSourceDecider,
      command: {
        type: 'SetIntakeColumnMapping',
        sourceId,
        mapping,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: principal.unitId,
      metadata: commandMetadata('SetIntakeColumnMapping', context),
      fingerprintOf: { sourceId, mapping },
    });
  }
}
