import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 人工录入: a unit's person enters what they found (a 网格员 on a phone included), for their own unit. */
export class EnterIntakeItemCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    /** As typed: checked like a pushed item (`input.*` paths). */
    readonly input: Record<string, unknown>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
