import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** From which grade the county's dispatch waits for an approved 处置方案 (null: never, the default). County ADMIN. */
export class SetHandlingPlanPolicyCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly fromGrade: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}
