import ExcelJS from 'exceljs';
import { AssessmentFiguresType, AssessmentStatisticsType } from '../graphql/assessment.types';

const THIN = { style: 'thin' as const };
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** The columns of the statistics table, in the order an office reads them. */
const COLUMNS: { header: string; width: number; value: (f: AssessmentFiguresType) => number | string }[] = [
  { header: '收到工单', width: 9, value: (f) => f.tasksReceived },
  { header: '签收', width: 7, value: (f) => f.tasksSigned },
  { header: '超时签收', width: 9, value: (f) => f.signedLate },
  { header: '首次交单', width: 9, value: (f) => f.handedIn },
  { header: '按时交单', width: 9, value: (f) => f.handedInOnTime },
  { header: '逾期交单', width: 9, value: (f) => f.handedInLate },
  {
    header: '按时率',
    width: 8,
    value: (f) => (f.onTimeRate === null ? '—' : `${(f.onTimeRate * 100).toFixed(1)}%`),
  },
  { header: '超时', width: 7, value: (f) => f.overdue },
  { header: '退回重办', width: 9, value: (f) => f.sentBack },
  { header: '申请延期', width: 9, value: (f) => f.extensionsRequested },
  { header: '获准延期', width: 9, value: (f) => f.extensionsGranted },
  { header: '督办', width: 7, value: (f) => f.supervised },
  { header: '催办', width: 7, value: (f) => f.reminded },
  { header: '收到提示函', width: 10, value: (f) => f.lettersReceived },
  { header: '提示函未按时签收', width: 12, value: (f) => f.lettersMissed },
  { header: '提前办结', width: 9, value: (f) => f.earlyClosures },
  { header: '询问类工单', width: 10, value: (f) => f.inquiryTasks },
  { header: '当日答复', width: 9, value: (f) => f.inquiryRepliedSameDay },
  { header: '平均首次答复（分钟）', width: 12, value: (f) => f.averageInquiryReplyMinutes ?? '—' },
  { header: '上报舆情', width: 9, value: (f) => f.incidentsReported },
  { header: '平均发现至上报（分钟）', width: 12, value: (f) => f.averageReportLagMinutes ?? '—' },
  { header: '迟报', width: 7, value: (f) => f.lateReports },
  { header: '漏报', width: 7, value: (f) => f.missedReports },
  { header: '平均发现至研判（分钟）', width: 12, value: (f) => f.averageAssessLagMinutes ?? '—' },
  { header: '平均发现至预警（分钟）', width: 12, value: (f) => f.averageWarnLagMinutes ?? '—' },
  { header: '平均发现至派单（分钟）', width: 12, value: (f) => f.averageDispatchLagMinutes ?? '—' },
];

/**
 * 统计与考核 as .xlsx (issue 24): one sheet with a row per unit (figures as recorded by the period's end, score and
 * rank), one with the late corrections, one with the monthly trend, one with the incidents by grade, field,
 * channel, platform and outcome. exceljs, in the ledgers' fonts.
 */
export async function statisticsWorkbook(s: AssessmentStatisticsType, o: { now: Date; generatedBy: string }) {
  const wb = new ExcelJS.Workbook();
  wb.creator = o.generatedBy;
  wb.created = o.now;
  wb.modified = o.now;
  const sheet = (name: string, title: string, headers: { header: string; width: number }[]) => {
    const ws = wb.addWorksheet(name, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      views: [{ state: 'frozen', ySplit: 3 }],
    });
    ws.columns = headers.map((h) => ({ width: h.width }));
    ws.mergeCells(1, 1, 1, headers.length);
    ws.getCell(1, 1).value = title;
    ws.getCell(1, 1).font = { name: '方正小标宋简体', size: 16, bold: true };
    ws.getCell(1, 1).alignment = { horizontal: 'center' };
    ws.mergeCells(2, 1, 2, headers.length);
    ws.getCell(2, 1).value =
      `期间：${s.period.from} 至 ${s.period.to}${s.period.closed ? '（已结束）' : '（进行中）'}\u3000${s.rulesLabel}`;
    ws.getCell(2, 1).font = { name: '仿宋_GB2312', size: 10 };
    headers.forEach((h, i) => {
      const cell = ws.getRow(3).getCell(i + 1);
      cell.value = h.header;
      cell.font = { name: '黑体', bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BOX;
    });
    return ws;
  };
  const addRow = (ws: ExcelJS.Worksheet, values: (string | number)[]) => {
    const row = ws.addRow(values);
    row.eachCell((cell) => {
      cell.font = { name: '仿宋_GB2312', size: 11 };
      cell.border = BOX;
    });
  };

  const main = sheet('统计与考核', `${s.period.label}各单位统计与考核`, [
    { header: '名次', width: 6 },
    { header: '单位', width: 28 },
    ...COLUMNS,
    { header: '期末超时未交', width: 10 },
    { header: '得分', width: 8 },
  ]);
  for (const u of s.units)
    addRow(main, [
      u.rank ?? '—',
      u.unitName,
      ...COLUMNS.map((c) => c.value(u.figures)),
      u.overdueOpenAtEnd,
      u.score,
    ]);
  addRow(main, ['', '合计', ...COLUMNS.map((c) => c.value(s.total)), '', '']);

  const corrections = sheet('期后更正', `${s.period.label}期后补录的更正（不计入当期数字）`, [
    { header: '单位', width: 28 },
    ...COLUMNS,
    { header: '计入更正后得分', width: 12 },
  ]);
  for (const u of s.units.filter((x) => x.corrections))
    addRow(corrections, [u.unitName, ...COLUMNS.map((c) => c.value(u.corrections!)), u.scoreWithCorrections]);

  const trend = sheet('月度趋势', `${s.period.label}月度趋势`, [{ header: '月份', width: 10 }, ...COLUMNS]);
  for (const m of s.trend) addRow(trend, [m.month, ...COLUMNS.map((c) => c.value(m.figures))]);

  const spread = sheet(
    '舆情分布',
    `${s.period.label}舆情分布（级别、领域、渠道、平台按期内上报，办结方式按期内办结）`,
    [
      { header: '维度', width: 14 },
      { header: '项目', width: 28 },
      { header: '件数', width: 8 },
      { header: '期后更正', width: 10 },
    ],
  );
  for (const d of s.incidents)
    for (const r of d.rows) addRow(spread, [d.label, r.label, r.count, r.corrections]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
