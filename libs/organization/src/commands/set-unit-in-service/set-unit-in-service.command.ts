import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Stands a unit down (停用), with the reason; or puts it back into service (ADMIN of the county centre). */
export class SetUnitInServiceCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly unitId: string,
    readonly input: { inService: false; reason: string } | { inService: true },
    readonly context: CommandContext,
  ) {
    super();
  }
}
