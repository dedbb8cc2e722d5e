import { beijingMoment } from '../sources/record-documents';
import { ledgerWorkbook } from './ledger-sheet';

/** One incident as the ledger reads it (incident_view, with its tasks counted). */
export interface IncidentLine {
  title: string;
  confidential: boolean;
  platform: string;
  reportedAt: Date;
  grade: string | null;
  status: string;
  listedAt: Date | null;
  tasks: number;
  lateTasks: number;
  closedAt: Date | null;
}

const STATUS: Record<string, string> = {
  REGISTERED: '已登记',
  ASSESSED: '已研判',
  WARNED: '已预警',
  HANDLING: '处置中',
  CALMED: '已平息',
  CLOSED: '已办结',
  REOPENED: '重新处置',
};
const when = (d: Date | null) => (d ? beijingMoment(d) : '');

/** 舆情事件台账: one line per incident — found when, graded what, listed, how many tasks and how many late, closed. */
export function incidentsLedger(title: string, lines: IncidentLine[], now: Date, generatedBy: string) {
  return ledgerWorkbook<IncidentLine>({
    sheet: '舆情事件台账',
    title,
    note: '逾期工单按平台统一的逾期定义计算',
    now,
    generatedBy,
    rows: lines,
    columns: [
      { header: '序号', width: 6, value: (_, i) => i + 1 },
      { header: '舆情事件', width: 32, value: (l) => (l.confidential ? '（涉密事件）' : l.title) },
      { header: '平台', width: 12, value: (l) => l.platform },
      { header: '登记时间', width: 20, value: (l) => when(l.reportedAt) },
      { header: '等级', width: 8, value: (l) => l.grade ?? '未定级' },
      { header: '状态', width: 10, value: (l) => STATUS[l.status] ?? l.status },
      { header: '列单时间', width: 20, value: (l) => when(l.listedAt) },
      { header: '工单数', width: 8, value: (l) => l.tasks },
      { header: '逾期工单', width: 9, value: (l) => l.lateTasks, alarm: (l) => l.lateTasks > 0 },
      { header: '办结时间', width: 20, value: (l) => when(l.closedAt) },
    ],
  });
}
