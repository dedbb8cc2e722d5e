import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 移交公安: a task for the county's police unit (DOMAIN §5: rumours are referred to the police). */
export class ReferToPoliceCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: { incidentId: string; requirements: string; dueAt?: Date },
    readonly context: CommandContext,
  ) {
    super();
  }
}
