import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says; the handler adds the facts the decider needs. */
export type ActivateLinkageFields = { memberUnitIds: string[]; byDecision: boolean; reason: string };

/** 启动"1+3+N"联动 (004 §五(二)): the county's "1+3" and the N named, by grade or by decision. */
export class ActivateLinkageCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: ActivateLinkageFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
