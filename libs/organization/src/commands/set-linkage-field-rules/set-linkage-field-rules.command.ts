import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { LinkageFieldRule } from '../../domain/organization.events';

/** Which bureaus each field brings into a linkage (county ADMIN). */
export class SetLinkageFieldRulesCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly countyId: string,
    readonly rules: LinkageFieldRule[],
    readonly context: CommandContext,
  ) {
    super();
  }
}
