import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { WarningInput } from '../../domain/incident.decider';

/** What the caller says; the handler adds the facts the decider needs. */
export type IssueWarningFields = WarningInput;

/** 发布预警 (002): a warning with its content; its scope units must be of the incident's county. */
export class IssueWarningCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: IssueWarningFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
