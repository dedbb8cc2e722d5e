import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Sets a unit's 机关代字 (its administrator, or the county's): what its 发文字号 begin with from now on. */
export class SetUnitDocumentCodeCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly unitId: string,
    readonly code: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
