import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { WatchEntryInput } from '../add-watch-entry/add-watch-entry.command';

/** The centre changes an entry of its county's list (kind, name, note, end date); items matched keep their record. */
export class ChangeWatchEntryCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly entryId: string,
    readonly input: WatchEntryInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
