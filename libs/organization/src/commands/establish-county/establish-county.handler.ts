import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Forbidden } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { countyDecider } from '../organization-deciders';
import { EstablishCountyCommand } from './establish-county.command';
import { OrganizationErrorReason } from '../../domain/organization.errors';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(EstablishCountyCommand)
export class EstablishCountyHandler implements ICommandHandler<EstablishCountyCommand, string> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ principal, input, context }: EstablishCountyCommand): Promise<string> {
    if (principal.sessionScope !== 'system')
      throw new Forbidden(OrganizationErrorReason.COUNTY_ESTABLISH_NOT_PERMITTED, 'county.assignLinkage');
    await this.executor.execute({
      streamId: countyStreamId(input.countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: { type: 'EstablishCounty', ...input, context: decisionContextOf(principal, context.now) },
      owningUnit: input.countyId,
      metadata: commandMetadata('EstablishCounty', context),
      fingerprintOf: input,
    });
    return input.countyId;
  }
}
