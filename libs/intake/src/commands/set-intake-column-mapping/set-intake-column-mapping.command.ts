import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { ColumnMapping } from '../../domain/intake-import';

/** Saves which columns of a source's Excel/CSV exports fill which field (the county administrator). */
export class SetIntakeColumnMappingCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly sourceId: string,
    readonly mapping: ColumnMapping,
    readonly context: CommandContext,
  ) {
    super();
  }
}
