import { LocalizedMessage } from '@app/kernel';

/**
 * 舆情专报 (004 §三(三)): for a sudden incident or grave sensitive information online, the county centre writes a
 * special analysis with its handling suggestions, its leader signs it off (签发) under the year's next number, and
 * it goes to the county's leaders (the 报送 line: county party secretary, county head, the propaganda head) and,
 * at once, to the leaders of the units involved and of the competent departments (抄送). One stream per report;
 * the numbers of a centre's year are taken on a stream of their own, so two sign-offs never share one.
 */
export const SpecialReportEventType = {
  Drafted: 'SpecialReportDrafted',
  Issued: 'SpecialReportIssued',
  Numbered: 'SpecialReportNumbered',
  Withdrawn: 'SpecialReportWithdrawn',
} as const;

export const SPECIAL_REPORT_STREAM_TYPE = 'SpecialReport';
export const SPECIAL_REPORT_SERIAL_STREAM_TYPE = 'SpecialReportSerial';
export const specialReportStreamId = (reportId: string) => `special-report-${reportId}`;
export const specialReportSerialStreamId = (unitId: string, year: number, kind: ReportKind = 'SPECIAL') =>
  kind === ReportKind.FLASH
    ? `flash-report-serial-${unitId}-${year}`
    : `special-report-serial-${unitId}-${year}`;

/**
 * The two papers the centre writes to the leaders about one incident. They share a life (drafted, revised, signed off
 * under the year's next number of their own series, or withdrawn) and differ in what they hold and where they go:
 * - 舆情专报 (004 §三(三)): analysis and suggestions, to the county's leaders and copied to the units concerned;
 * - 舆情快报 (002 重大舆情: 第一时间形成舆情快报，直报领导): first word of a grave incident — what happened, how it
 *   spreads, the judgement, what has been done, what comes next — straight to the leaders in charge and the city
 *   office; the platform pre-fills one when the 快报 timer fires.
 */
export const ReportKind = { SPECIAL: 'SPECIAL', FLASH: 'FLASH' } as const;
export type ReportKind = (typeof ReportKind)[keyof typeof ReportKind];

export const REPORT_KIND_LABELS: Record<ReportKind, LocalizedMessage> = {
  SPECIAL: { zh: '舆情专报', en: 'Special report' },
  FLASH: { zh: '舆情快报', en: 'Flash report' },
};

/** A draft saved before kinds existed is a 专报. */
export const reportKindOf = (d: { kind?: ReportKind | null }): ReportKind => d.kind ?? ReportKind.SPECIAL;

/** Who it is addressed to on paper when no one says otherwise (004 §三(三)). */
export const DEFAULT_ADDRESSEES = '县委书记，县长，县委常委、宣传部部长';
/** A 快报 goes straight to the county's principal leaders and those in charge, and up to the city office (002). */
export const DEFAULT_FLASH_ADDRESSEES = '县委、县政府主要领导，分管县领导；市委网信办';

/** What the centre wrote; saved again as often as needed until it is signed off. */
export interface SpecialReportContent {
  title: string;
  /** 事件概况: what happened and where it stands. */
  summary: string;
  /** 研判分析: the centre's analysis and judgement. */
  analysis: string;
  /** 处置建议 (快报: 下步建议): one suggestion a line. */
  suggestions: string[];
  /** 快报 only — 传播情况: where it runs, how far, how fast. */
  spread?: string;
  /** 快报 only — 已采取措施: one measure a line. */
  measuresTaken?: string[];
  /** 报送: the leaders it is addressed to (people, most of them not on the platform). */
  addressees: string;
  /** 抄送: the units whose leaders receive it on the platform (involved units, competent departments). */
  copyUnitIds: string[];
  /** Their names when the draft was saved. */
  copyNames: string[];
}

export interface SpecialReportDraftedData extends SpecialReportContent {
  reportId: string;
  /** Absent on drafts saved before 快报 existed: a 专报. Fixed by the first save. */
  kind?: ReportKind;
  /** The 快报 timer that pre-filled this draft (002: 重大 at once; or left unassessed too long). */
  prefilledBy?: { timerId: string; reason: 'UNASSESSED' | 'MAJOR' };
  incidentId: string;
  /**
   * The incident's title when drafted, and whether the report is 涉密 so far: the incident was 涉密 at this save or
   * any earlier one (once written under 涉密 it stays so; see SpecialReportIssued.confidential).
   */
  incidentTitle: string;
  confidential: boolean;
  unitId: string;
  countyId: string | null;
  /** 1 for the first save, one more for each later one. */
  draftRevision: number;
  draftedBy: string;
  draftedByName: string;
  at: string;
}

export interface SpecialReportIssuedData {
  reportId: string;
  /** The draft's kind (absent: a 专报). */
  kind?: ReportKind;
  incidentId: string;
  unitId: string;
  countyId: string | null;
  /** The year (Beijing) and its running number: 2026年第3期. */
  year: number;
  number: number;
  /** The draft revision signed off: what went out is that draft, word for word. */
  draftRevision: number;
  /** The units it went to: the copies and the propaganda department. */
  recipientUnitIds: string[];
  /**
   * 涉密, the one value the report row and every notice read: the signed draft was (its incident was 涉密 when any
   * revision was written) or the incident is at sign-off. Absent on reports signed off before it was recorded:
   * those read the draft's.
   */
  confidential?: boolean;
  issuedBy: string;
  issuedByName: string;
  at: string;
}

/** 撤回: a draft the centre will not send (written in error, overtaken by events). Kept, with who and why. */
export interface SpecialReportWithdrawnData {
  reportId: string;
  /** The draft's kind (absent: a 专报). */
  kind?: ReportKind;
  incidentId: string;
  unitId: string;
  countyId: string | null;
  /** The last revision, withdrawn unsent. */
  draftRevision: number;
  reason: string;
  withdrawnBy: string;
  withdrawnByName: string;
  at: string;
}

export interface SpecialReportNumberedData {
  reportId: string;
  unitId: string;
  year: number;
  number: number;
}

export type SpecialReportEvent =
  | { type: typeof SpecialReportEventType.Drafted; data: SpecialReportDraftedData }
  | { type: typeof SpecialReportEventType.Issued; data: SpecialReportIssuedData }
  | { type: typeof SpecialReportEventType.Withdrawn; data: SpecialReportWithdrawnData };

export const serialLabel = (year: number, number: number): LocalizedMessage => ({
  zh: `${year}年第${number}期`,
  en: `No. ${number} of ${year}`,
});

export const SPECIAL_REPORT_LABEL: LocalizedMessage = REPORT_KIND_LABELS.SPECIAL;
