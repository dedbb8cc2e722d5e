import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { OrganizationDirectory } from '../../queries/organization-directory';
import { countyDecider } from '../organization-deciders';
import { SetLinkageFieldRulesCommand } from './set-linkage-field-rules.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(SetLinkageFieldRulesCommand)
export class SetLinkageFieldRulesHandler implements ICommandHandler<SetLinkageFieldRulesCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute({ principal, countyId, rules, context }: SetLinkageFieldRulesCommand): Promise<void> {
    authorize(principal, Action.CountyAssignLinkage, { kind: 'county', countyId }, countyId);
    const units = await this.directory.unitFacts(rules.flatMap((r) => r.unitIds));
    await this.executor.execute({
      streamId: countyStreamId(countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: {
        type: 'SetLinkageFieldRules',
        countyId,
        rules,
        units,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('SetLinkageFieldRules', context),
      fingerprintOf: { countyId, rules },
    });
  }
}
