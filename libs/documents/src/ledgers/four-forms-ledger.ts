import ExcelJS from 'exceljs';
import { LATE_DEFINITION, lateness, TASK_STATUS_LABELS, TaskStatus } from '@app/dispatch';
import { beijingMoment } from '../sources/record-documents';

/** One task as the ledger reads it (a task_view row and its incident's 列单 time). */
export interface LedgerTask {
  incidentTitle: string;
  confidential: boolean;
  grade: string | null;
  listedAt: Date | null;
  assigneeName: string;
  role: string;
  requirements: string;
  status: string;
  dispatchedAt: Date;
  signedAt: Date | null;
  dueAt: Date;
  handedInAt: Date | null;
  settledAt: Date | null;
  late: boolean;
  lateByMinutes: number;
  returns: number;
  reworks: number;
  supervisions: number;
  reminders: number;
}

const COLUMNS: { header: string; key: string; width: number }[] = [
  { header: '序号', key: 'no', width: 6 },
  { header: '舆情事件', key: 'incident', width: 30 },
  { header: '等级', key: 'grade', width: 8 },
  { header: '列单时间', key: 'listed', width: 20 },
  { header: '承办单位', key: 'assignee', width: 20 },
  { header: '主办/协办', key: 'role', width: 10 },
  { header: '派单时间', key: 'dispatched', width: 20 },
  { header: '签收时间（办单）', key: 'signed', width: 20 },
  { header: '办理时限', key: 'due', width: 20 },
  { header: '交单时间', key: 'handedIn', width: 20 },
  { header: '销号时间', key: 'settled', width: 20 },
  { header: '状态', key: 'status', width: 10 },
  { header: '是否逾期', key: 'late', width: 10 },
  { header: '逾期时长', key: 'lateBy', width: 14 },
  { header: '退回/重办/督办/催办', key: 'counts', width: 20 },
];

const when = (d: Date | null) => (d ? beijingMoment(d) : '');
const duration = (minutes: number) =>
  minutes <= 0 ? '' : `${Math.floor(minutes / 60)}小时${String(minutes % 60).padStart(2, '0')}分`;

/**
 * 四单台账 (004 §五(二) 一函四单): one line per task — 列单, 派单, 办单 (signed for), 交单 — with its due time and whether
 * it was late by the platform's one definition (task-lateness.ts), judged at `now` for tasks still owed. A 涉密
 * incident's title is not written: the ledger travels by e-mail and USB stick.
 */
export async function fourFormsLedger(
  title: string,
  tasks: LedgerTask[],
  now: Date,
  generatedBy: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = generatedBy;
  wb.created = now;
  wb.modified = now;
  const ws = wb.addWorksheet('四单台账', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const head = ws.getCell(1, 1);
  head.value = title;
  head.font = { name: '方正小标宋简体', size: 16, bold: true };
  head.alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, COLUMNS.length);
  ws.getCell(2, 1).value = `制表：${generatedBy}\u3000截至：${beijingMoment(now)}\u3000${LATE_DEFINITION.zh}`;
  ws.getCell(2, 1).font = { name: '仿宋_GB2312', size: 10 };
  const header = ws.getRow(3);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '黑体', bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  tasks.forEach((t, i) => {
    const late = lateness(
      {
        status: t.status as TaskStatus,
        dueAt: t.dueAt,
        firstHandIn: t.handedInAt ? { late: t.late, lateByMinutes: t.lateByMinutes } : null,
      },
      now,
    );
    const row = ws.addRow({
      no: i + 1,
      incident: t.confidential ? '（涉密事件）' : t.incidentTitle,
      grade: t.grade ?? '未定级',
      listed: when(t.listedAt),
      assignee: t.assigneeName,
      role: t.role === 'LEAD' ? '主办' : '协办',
      dispatched: when(t.dispatchedAt),
      signed: when(t.signedAt),
      due: when(t.dueAt),
      handedIn: when(t.handedInAt),
      settled: when(t.settledAt),
      status: TASK_STATUS_LABELS[t.status as TaskStatus]?.zh ?? t.status,
      late: late.late ? '逾期' : '按时',
      lateBy: duration(late.lateByMinutes),
      counts: `${t.returns}/${t.reworks}/${t.supervisions}/${t.reminders}`,
    });
    row.eachCell((cell) => {
      cell.font = {
        name: '仿宋_GB2312',
        size: 11,
        color: late.late && Number(cell.col) === 13 ? { argb: 'FFFF0000' } : undefined,
      };
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
