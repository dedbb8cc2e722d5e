import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 转派: a township hands part of its task to one of its villages, and remains answerable for it. */
export class RedispatchTaskCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: { parentTaskId: string; villageUnitId: string; requirements: string; dueAt?: Date },
    readonly context: CommandContext,
  ) {
    super();
  }
}
