import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { AccountabilityFinding } from '../../domain/incident.events';

/** What the caller says; the handler adds the facts the decider needs. */
export type RecordAccountabilityFields = { findings: AccountabilityFinding[] };

/** 记录追责: findings and measures, per unit and person. */
export class RecordAccountabilityCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: RecordAccountabilityFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
