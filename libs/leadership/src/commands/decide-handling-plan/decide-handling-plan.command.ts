import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** The leader in charge approves a 处置方案, or sends it back with the reason (004 §二(四)). */
export class DecideHandlingPlanCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly planId: string,
    readonly decision: { approve: true; opinion?: string | null } | { approve: false; reason: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
