import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { fileUnreadable } from '../../domain/intake.errors';
import { Cell } from '../../domain/intake-import';

/** The first sheet of an .xlsx, or a CSV (UTF-8), as a header and numbered rows. */
export async function spreadsheetRows(
  fileName: string,
  bytes: Buffer,
): Promise<{ header: Cell[]; rows: { row: number; cells: Cell[] }[] }> {
  const book = new ExcelJS.Workbook();
  try {
    if (/\.csv$/i.test(fileName))
      await book.csv.read(Readable.from(bytes.toString('utf8').replace(/^\uFEFF/, '')));
    else await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileUnreadable();
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  // exceljs numbers cells from 1 and leaves index 0 empty.
  const cellsOf = (values: unknown) => (Array.isArray(values) ? (values.slice(1) as Cell[]) : []);
  const header = cellsOf(sheet.getRow(1).values);
  const rows: { row: number; cells: Cell[] }[] = [];
  sheet.eachRow((r, n) => {
    if (n > 1) rows.push({ row: n, cells: cellsOf(r.values) });
  });
  return { header, rows };
}
