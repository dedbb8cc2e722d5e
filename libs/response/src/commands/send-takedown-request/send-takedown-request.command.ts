import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 函告网站: ask an outside platform, by name, to take down the items at these links. Answers the request's id. */
export class SendTakedownRequestCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: { incidentId: string; platform: string; itemUrls: string[]; request: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
