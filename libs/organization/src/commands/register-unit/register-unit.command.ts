import { Command } from '@nestjs/cqrs';
import { Principal, UnitKind } from '@app/access';
import { CommandContext } from '@app/kernel';

export interface RegisterUnitInput {
  kind: UnitKind;
  name: string;
  parentId: string | null;
  /** Defaults to the caller's county; null for a city office. */
  countyId?: string | null;
  /** Seeding passes stable ids; otherwise one is made. */
  unitId?: string;
}

/** Adds a unit to the county's tree (ADMIN of the county centre). Returns its id. */
export class RegisterUnitCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: RegisterUnitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
