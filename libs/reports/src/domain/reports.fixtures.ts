import { NamedDecisionContext } from '@app/kernel';
import { IssueDailyReport } from './daily-report.decider';
import { SpecialReportCommand } from './special-report.decider';

/** Commands the reports' decider and fold specs share: one centre, one day, one incident (invented names). */

export type SaveDraft = Extract<SpecialReportCommand, { type: 'SaveSpecialReportDraft' }>;
export type SignOff = Extract<SpecialReportCommand, { type: 'IssueSpecialReport' }>;

/** 舆情日报 of 2026-12-02 issued under `context`, with what the spec changes. */
export const dailyReportIssue = (
  context: NamedDecisionContext,
  over: Partial<IssueDailyReport['report']> = {},
  correctionReason?: string,
): IssueDailyReport => ({
  type: 'IssueDailyReport',
  context,
  correctionReason,
  report: {
    reportId: 'r1',
    unitId: 'centre',
    countyId: 'county',
    date: '2026-12-02',
    figures: {
      newIncidents: 1,
      newByGrade: { I: 0, II: 0, III: 1, IV: 0, UNGRADED: 0 },
      openIncidents: 3,
      closedThatDay: 0,
      tasksDispatchedThatDay: 2,
      overdueTasks: 1,
    },
    sensitive: [],
    positive: ['  清水发布推送冬季供暖保障措施，阅读 1.2 万  ', '', '   '],
    remarks: ' 无 ',
    recipientUnitIds: ['prop'],
    recipientNames: ['清水县委宣传部'],
    ...over,
  },
});

/** A 舆情专报 draft of report r1 on incident i1, saved under `context`. */
export const specialReportDraft = (
  context: NamedDecisionContext,
  over: Partial<SaveDraft['draft']> = {},
): SaveDraft => ({
  type: 'SaveSpecialReportDraft',
  context,
  draft: {
    reportId: 'r1',
    incidentId: 'i1',
    incidentTitle: '东湖镇征地补偿',
    confidential: false,
    unitId: 'centre',
    countyId: 'county',
    title: '  关于东湖镇征地补偿网帖的舆情专报 ',
    summary: '网帖反映征地补偿不到位，转发三千余次。',
    analysis: '存在线下聚集苗头，需及时回应补偿标准与进度。',
    suggestions: [' 东湖镇核实并书面反馈 ', '', '自然资源局发布政策解读'],
    addressees: '县委书记，县长，县委常委、宣传部部长',
    copyUnitIds: ['donghu'],
    copyNames: ['东湖镇'],
    ...over,
  },
});

/** Report r1 signed off as 2026年第3期 under `context`. */
export const specialReportSignOff = (
  context: NamedDecisionContext,
  incidentConfidential = false,
): SignOff => ({
  type: 'IssueSpecialReport',
  context,
  issue: {
    reportId: 'r1',
    incidentId: 'i1',
    unitId: 'centre',
    countyId: 'county',
    year: 2026,
    number: 3,
    recipientUnitIds: ['prop', 'donghu'],
    incidentConfidential,
  },
});
