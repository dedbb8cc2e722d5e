import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Creates a county (the tenant root). Done by the platform when a county joins, not through the API. */
export class EstablishCountyCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: { countyId: string; name: string; cityOfficeUnitId: string | null },
    readonly context: CommandContext,
  ) {
    super();
  }
}
