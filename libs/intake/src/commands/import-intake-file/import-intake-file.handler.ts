import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { problem, ValidationFailed } from '@app/kernel';
import { readImportRows } from '../../domain/intake-import';
import { mappingRequired, sourceNotFound } from '../../domain/intake.errors';
import { IntakeReader } from '../../queries/intake-reader';
import {
  IntakeReceipt,
  ReceiveIntakeItemsCommand,
} from '../receive-intake-items/receive-intake-items.command';
import { ImportIntakeFileCommand, IntakeImportOutcome } from './import-intake-file.command';
import { spreadsheetRows } from './spreadsheet-rows';

const MAX_ROWS = 5000;

@CommandHandler(ImportIntakeFileCommand)
export class ImportIntakeFileHandler implements ICommandHandler<
  ImportIntakeFileCommand,
  IntakeImportOutcome
> {
  constructor(
    private readonly reader: IntakeReader,
    private readonly commands: CommandBus,
  ) {}

  async execute({ principal, sourceId, fileName, bytes, commit, context }: ImportIntakeFileCommand) {
    const source = await this.reader.source(sourceId);
    if (!source || source.countyId !== principal.countyId) throw sourceNotFound(sourceId);
    authorize(principal, Action.IntakeTriage, { kind: 'county', countyId: source.countyId });
    if (!source.columnMapping) throw mappingRequired(sourceId);
    const sheet = await spreadsheetRows(fileName, bytes);
    if (sheet.rows.length > MAX_ROWS)
      throw new ValidationFailed([
        problem('input.content', `一次最多导入 ${MAX_ROWS} 行`, `at most ${MAX_ROWS} rows`),
      ]);
    const { rows, missingColumns } = readImportRows(
      sheet.header,
      sheet.rows,
      source.columnMapping,
      context.now,
    );
    if (missingColumns.length)
      throw new ValidationFailed([
        problem(
          'input.content',
          `文件缺少列：${missingColumns.join('、')}（与保存的列对应关系不符）`,
          `missing columns: ${missingColumns.join(', ')}`,
        ),
      ]);
    const good = rows.flatMap((r) => (r.item ? [r.item] : []));
    const outcome: IntakeImportOutcome = {
      rows: rows.length,
      importable: good.length,
      accepted: rows.flatMap((r) => (r.item ? [{ row: r.row, item: r.item }] : [])),
      refused: rows.filter((r) => !r.item).map((r) => ({ row: r.row, problems: r.problems })),
      created: 0,
      merged: 0,
      repeated: 0,
    };
    if (!commit || !good.length) return outcome;
    const received = await this.commands.execute(
      new ReceiveIntakeItemsCommand(
        {
          sourceId: source.sourceId,
          sourceName: source.name,
          kind: source.kind,
          countyId: source.countyId,
          unitId: source.ownerUnitId,
        },
        good,
        context,
      ),
    );
    for (const r of received) {
      if (r.receipt === IntakeReceipt.CREATED) outcome.created++;
      else if (r.receipt === IntakeReceipt.MERGED) outcome.merged++;
      else outcome.repeated++;
    }
    return outcome;
  }
}
