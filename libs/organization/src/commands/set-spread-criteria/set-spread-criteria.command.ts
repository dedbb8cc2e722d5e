import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { SpreadCriterion } from '../../domain/organization.events';

/** The county's 传播分级标准 (county ADMIN): figures from which a spread reads as grade III, II, I; the whole set. */
export class SetSpreadCriteriaCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly countyId: string,
    readonly criteria: SpreadCriterion[],
    readonly context: CommandContext,
  ) {
    super();
  }
}
