import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { WarningInput } from '../../domain/incident.decider';

/** What the caller says; the handler adds the facts the decider needs. */
export type AdjustWarningFields = { warning: WarningInput; reason: string };

/** 调整预警 (002 动态管理): the warning in force changes, with a reason. */
export class AdjustWarningCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: AdjustWarningFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
