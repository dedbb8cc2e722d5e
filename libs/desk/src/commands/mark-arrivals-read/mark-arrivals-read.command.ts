import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 已阅: the person read these arrivals (快报, 专报, warnings …); they leave the 待办. */
export class MarkArrivalsReadCommand extends Command<number> {
  constructor(
    readonly principal: Principal,
    readonly input: { ids: string[] },
    readonly context: CommandContext,
  ) {
    super();
  }
}
