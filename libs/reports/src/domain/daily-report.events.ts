import { LocalizedMessage } from '@app/kernel';

/**
 * 舆情日报 (004 §三(一)(二)): the county centre's duty officers compile a daily report — the day's sensitive
 * information and positive publicity — and send it to the propaganda department's leaders. One stream per centre
 * and day; a second issue of the same day is a correction (更正) with its reason, kept beside the first.
 */
export const DAILY_REPORT_ISSUED = 'DailyReportIssued';
export const DAILY_REPORT_STREAM_TYPE = 'DailyReport';
export const dailyReportStreamId = (unitId: string, date: string) => `daily-report-${unitId}-${date}`;

/** The day's figures, county-wide, as they stood when the report was issued. */
export interface DailyReportFigures {
  /** Incidents reported that day, by grade (`UNGRADED` for those not yet assessed). */
  newIncidents: number;
  newByGrade: Record<'I' | 'II' | 'III' | 'IV' | 'UNGRADED', number>;
  /** Not closed when the report was issued. */
  openIncidents: number;
  closedThatDay: number;
  tasksDispatchedThatDay: number;
  /** Owed (not handed in) and past their deadline when the report was issued. */
  overdueTasks: number;
}

/** One sensitive item (敏感信息): an incident reported that day. A confidential one travels without its title. */
export interface DailyReportItem {
  incidentId: string;
  title: string | null;
  confidential: boolean;
  grade: string | null;
  status: string;
  platform: string;
  reportedAt: string;
}

export interface DailyReportIssuedData {
  reportId: string;
  unitId: string;
  countyId: string | null;
  /** The Beijing calendar day reported on (YYYY-MM-DD). */
  date: string;
  /** 1 for the first issue, then one more per correction. */
  revision: number;
  figures: DailyReportFigures;
  sensitive: DailyReportItem[];
  /** 正面宣传: what the county's own accounts and media put out, in the duty officer's words. */
  positive: string[];
  /** 值班员说明: anything else the leaders should know. */
  remarks: string;
  correctionReason: string | null;
  /** The units it went to (the propaganda department; the centre's own leaders always see it). */
  recipientUnitIds: string[];
  /** Their names as they were when it went out. */
  recipientNames: string[];
  issuedBy: string;
  issuedByName: string;
  at: string;
}

export const DAILY_REPORT_LABEL: LocalizedMessage = { zh: '舆情日报', en: 'Daily report' };
