import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { WatchEntryKind } from '../../domain/intake.events';

export interface WatchEntryInput {
  kind: WatchEntryKind;
  name: string;
  note?: string | null;
  /** YYYY-MM-DD, the last day in force (Beijing); absent: until retired. */
  endsOn?: string | null;
}

/** 关注清单/风险库: the centre adds an entry to its county's list. Returns its id. */
export class AddWatchEntryCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: WatchEntryInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
