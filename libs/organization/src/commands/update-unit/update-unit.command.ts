import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Renames a unit or moves it in the tree (ADMIN of the county centre). */
export class UpdateUnitCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly unitId: string,
    readonly input: { name: string; parentId: string | null; expectedVersion?: number },
    readonly context: CommandContext,
  ) {
    super();
  }
}
