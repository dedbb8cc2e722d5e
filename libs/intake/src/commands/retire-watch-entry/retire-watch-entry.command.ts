import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** The centre retires an entry: new items no longer match it; items it matched keep their record. */
export class RetireWatchEntryCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly entryId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
