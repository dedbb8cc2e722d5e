import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { OrganizationDirectory } from '../../queries/organization-directory';
import { countyDecider } from '../organization-deciders';
import { SetGradeScalesCommand } from './set-grade-scales.command';

@CommandHandler(SetGradeScalesCommand)
export class SetGradeScalesHandler implements ICommandHandler<SetGradeScalesCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute({ principal, countyId, scales, context }: SetGradeScalesCommand): Promise<void> {
    authorize(principal, Action.CountySetGradeScales, { kind: 'county', countyId }, countyId);
    const units = await this.directory.unitFacts(scales.flatMap((s) => s.unitIds));
    await this.executor.execute({
      streamId: countyStreamId(countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: {
        type: 'SetGradeScales',
        countyId,
        scales,
        units,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('SetGradeScales', context),
      fingerprintOf: { countyId, scales },
    });
  }
}
