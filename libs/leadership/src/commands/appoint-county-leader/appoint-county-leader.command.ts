import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

export interface AppointCountyLeaderInput {
  userId: string;
  /** 职务, e.g. 分管副县长. */
  post: string;
  /** 分管领域: incident field identifiers. */
  fields: string[];
  /** 主要领导 (县委书记, 县长). */
  principal: boolean;
}

/** Puts a leader of the county on its roster, or changes their post or fields (the county's ADMIN). */
export class AppointCountyLeaderCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly input: AppointCountyLeaderInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
