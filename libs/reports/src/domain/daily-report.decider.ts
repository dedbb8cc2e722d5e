import {
  beijingDay,
  Decider,
  FieldProblem,
  NamedDecisionContext,
  problem,
  textListProblems,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import { DAILY_REPORT_ISSUED, DailyReportIssuedData } from './daily-report.events';
import { dailyReportAlreadyIssued } from './reports.errors';

export interface IssueDailyReport {
  type: 'IssueDailyReport';
  /** Who issues it and when: today in Beijing is its day, a report is on a day begun and at most a month back. */
  context: NamedDecisionContext;
  report: Omit<DailyReportIssuedData, 'revision' | 'correctionReason' | 'issuedBy' | 'issuedByName' | 'at'>;
  correctionReason?: string | null;
}

export type DailyReportEvent = { type: typeof DAILY_REPORT_ISSUED; data: DailyReportIssuedData };
export interface DailyReportState {
  revision: number;
}

/** How far back a day may still be reported on (a late report, or a correction after an inquiry). */
export const DAILY_REPORT_MAX_DAYS_BACK = 31;
const MAX_POSITIVE = 20;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `date` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(date: string): boolean {
  const m = DAY.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === date;
}

/** Days from `a` to `b` (both YYYY-MM-DD). */
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

export function dateProblems(date: string, today: string): FieldProblem[] {
  if (!isCalendarDay(date))
    return [problem('input.date', '日期须为 YYYY-MM-DD', 'must be a date (YYYY-MM-DD)')];
  const back = daysBetween(date, today);
  if (back < 0) return [problem('input.date', '不能为以后的日期', 'must not be in the future')];
  if (back > DAILY_REPORT_MAX_DAYS_BACK)
    return [
      problem(
        'input.date',
        `只能编发 ${DAILY_REPORT_MAX_DAYS_BACK} 天内的日报`,
        `must be within the last ${DAILY_REPORT_MAX_DAYS_BACK} days`,
      ),
    ];
  return [];
}

/**
 * 舆情日报 of one centre and day. Pure: figures, ids and time arrive on the command. The first issue needs no
 * reason; each later one is a correction and must say why (the first stays in the stream, as sent).
 */
export const dailyReportDecider: Decider<IssueDailyReport, DailyReportEvent, DailyReportState> = {
  initialState: () => ({ revision: 0 }),
  evolve: (_s, e) => ({ revision: e.data.revision }),
  decide: (c, s) => {
    const r = c.report;
    const positive = r.positive.map((l) => l.trim()).filter((l) => l.length > 0);
    const reason = c.correctionReason?.trim() ?? '';
    const problems: FieldProblem[] = [
      ...dateProblems(r.date, beijingDay(c.context.now)),
      ...textListProblems('input.positive', positive, MAX_POSITIVE, 500),
      ...textProblems('input.remarks', r.remarks, 0, 2000),
    ];
    // A second issue with nothing wrong but the missing reason is most likely a double submission: say so.
    if (s.revision > 0 && !reason && problems.length === 0)
      throw dailyReportAlreadyIssued(r.date, s.revision);
    if (s.revision > 0) problems.push(...textProblems('input.correctionReason', reason, 2, 500));
    else if (reason)
      problems.push(
        problem('input.correctionReason', '当日日报尚未编发，无需更正说明', 'nothing to correct yet'),
      );
    if (problems.length) throw new ValidationFailed(problems);
    return [
      {
        type: DAILY_REPORT_ISSUED,
        data: {
          ...r,
          positive,
          remarks: r.remarks.trim(),
          revision: s.revision + 1,
          correctionReason: s.revision > 0 ? reason : null,
          issuedBy: c.context.actorUserId,
          issuedByName: c.context.actorName,
          at: c.context.now.toISOString(),
        },
      },
    ];
  },
};
