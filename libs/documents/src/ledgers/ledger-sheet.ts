import ExcelJS from 'exceljs';
import { beijingMoment } from '../sources/record-documents';

export interface LedgerColumn<R> {
  header: string;
  width: number;
  value: (row: R, index: number) => string | number;
  /** Red text when true (late, unsigned past due). */
  alarm?: (row: R) => boolean;
}

const THIN = { style: 'thin' as const };
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/**
 * One ledger (台账) sheet the way county offices keep them: a title row in 小标宋, a line saying who made it and as of
 * when, a header row in 黑体, then one bordered row per item in 仿宋; A4 landscape, fitted to the page's width, the
 * header frozen. The ledgers differ only in their columns.
 */
export async function ledgerWorkbook<R>(o: {
  sheet: string;
  title: string;
  note: string;
  columns: LedgerColumn<R>[];
  rows: R[];
  now: Date;
  generatedBy: string;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = o.generatedBy;
  wb.created = o.now;
  wb.modified = o.now;
  const ws = wb.addWorksheet(o.sheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  ws.columns = o.columns.map((c) => ({ width: c.width }));
  const n = o.columns.length;
  ws.mergeCells(1, 1, 1, n);
  ws.getCell(1, 1).value = o.title;
  ws.getCell(1, 1).font = { name: '方正小标宋简体', size: 16, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, n);
  ws.getCell(2, 1).value = `制表：${o.generatedBy}\u3000截至：${beijingMoment(o.now)}\u3000${o.note}`;
  ws.getCell(2, 1).font = { name: '仿宋_GB2312', size: 10 };
  o.columns.forEach((c, i) => {
    const cell = ws.getRow(3).getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '黑体', bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
  });
  o.rows.forEach((r, i) => {
    const row = ws.addRow(o.columns.map((c) => c.value(r, i)));
    o.columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.font = { name: '仿宋_GB2312', size: 11, color: c.alarm?.(r) ? { argb: 'FFFF0000' } : undefined };
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = BOX;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
