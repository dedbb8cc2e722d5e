import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext, FieldProblem } from '@app/kernel';
import { IntakeItemInput } from '../../domain/intake-item.validation';

export interface IntakeImportOutcome {
  rows: number;
  importable: number;
  /** Every row that will (or did) import, as it reads once checked. */
  accepted: { row: number; item: IntakeItemInput }[];
  /** Every row that will not (or did not) import, and why. */
  refused: { row: number; problems: FieldProblem[] }[];
  /** After an import: new items, joined to an item, repeats of rows imported before. */
  created: number;
  merged: number;
  repeated: number;
}

/**
 * An Excel/CSV export of a source read through its saved column mapping: `commit` false previews (nothing stored),
 * true receives the good rows only.
 */
export class ImportIntakeFileCommand extends Command<IntakeImportOutcome> {
  constructor(
    readonly principal: Principal,
    readonly sourceId: string,
    readonly fileName: string,
    readonly bytes: Buffer,
    readonly commit: boolean,
    readonly context: CommandContext,
  ) {
    super();
  }
}
