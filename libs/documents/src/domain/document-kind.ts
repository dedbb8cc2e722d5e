import { LocalizedMessage } from '@app/kernel';

/** The documents the platform issues from its records (issue 21). Identifiers English, labels Chinese first. */
export const DocumentKind = {
  /** 网络风险提示函 (004 §五(二) 一函), from a risk letter: 信函格式. */
  RISK_LETTER: 'RISK_LETTER',
  /** 工作提示单 / 派单通知 (004 §五(二) 派单), from a dispatched task: what to do, as 主办 or 协办, by when. */
  DISPATCH_NOTICE: 'DISPATCH_NOTICE',
  /** 督办通知单 (004 舆情督报), from a 督办 on a task. */
  SUPERVISION_NOTICE: 'SUPERVISION_NOTICE',
  /** 处置情况书面反馈 (002: written feedback within 12 h), from a task's hand-in. */
  WRITTEN_FEEDBACK: 'WRITTEN_FEEDBACK',
  /** 舆情专报 (004 §三(三)), from a signed-off special report. */
  SPECIAL_REPORT: 'SPECIAL_REPORT',
  /** 舆情快报 (002 重大舆情: 第一时间形成舆情快报，直报领导), from a signed-off flash report. */
  FLASH_REPORT: 'FLASH_REPORT',
  /** 舆情日报 (004 §三(二)), from an issued daily report. */
  DAILY_REPORT: 'DAILY_REPORT',
  /** 预警通知 (002: object, level, start, scope, matters, measures, issuer), from an incident's warning in force. */
  WARNING_NOTICE: 'WARNING_NOTICE',
  /** 追责通报 (000, 002, 003 §四: 责任追究), from an incident's recorded accountability findings. */
  ACCOUNTABILITY_NOTICE: 'ACCOUNTABILITY_NOTICE',
  /** 复盘总结报告 (001/002/003 总结评估), from an incident's filed review: sent up to the county's leadership. */
  REVIEW_REPORT: 'REVIEW_REPORT',
  // — papers3: 联席会议纪要 and 考核通报 —
  /** 联席会议纪要 (004 §五(一) 联席会议, convened by the county centre), from one recorded joint conference of an incident (record id: the conference). */
  JOINT_CONFERENCE_MINUTES: 'JOINT_CONFERENCE_MINUTES',
  /** 考核通报 (the county's 考核 of issue 24), from a county's closed period (record id: `<countyId>:<period>`). */
  ASSESSMENT_NOTICE: 'ASSESSMENT_NOTICE',
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, LocalizedMessage> = {
  RISK_LETTER: { zh: '网络风险提示函', en: 'Online risk letter' },
  DISPATCH_NOTICE: { zh: '工作提示单', en: 'Dispatch notice' },
  SUPERVISION_NOTICE: { zh: '督办通知单', en: 'Supervision notice' },
  WRITTEN_FEEDBACK: { zh: '处置情况书面反馈', en: 'Written feedback on handling' },
  SPECIAL_REPORT: { zh: '舆情专报', en: 'Special report' },
  FLASH_REPORT: { zh: '舆情快报', en: 'Flash report' },
  DAILY_REPORT: { zh: '舆情日报', en: 'Daily report' },
  WARNING_NOTICE: { zh: '预警通知', en: 'Warning notice' },
  ACCOUNTABILITY_NOTICE: { zh: '追责通报', en: 'Accountability notice' },
  REVIEW_REPORT: { zh: '复盘总结报告', en: 'Post-incident review report' },
  // — papers3 —
  JOINT_CONFERENCE_MINUTES: { zh: '联席会议纪要', en: 'Joint conference minutes' },
  ASSESSMENT_NOTICE: { zh: '考核通报', en: 'Assessment notice' },
};

/**
 * How each kind is laid out and numbered. `series` is appended to the unit's 机关代字 and names the kind's own run
 * of numbers (清水网信函〔2026〕7号 for letters, 清水网信督〔2026〕2号 for 督办), as offices keep one per kind of paper.
 * `sentUp`: a document to a higher level (上行文) carries its 签发人 (GB/T 9704-2012 §7.2.6).
 */
export const DOCUMENT_KIND_RULES: Record<
  DocumentKind,
  { format: 'FILE' | 'LETTER'; series: string; sentUp: boolean }
> = {
  RISK_LETTER: { format: 'LETTER', series: '函', sentUp: false },
  DISPATCH_NOTICE: { format: 'FILE', series: '派', sentUp: false },
  SUPERVISION_NOTICE: { format: 'FILE', series: '督', sentUp: false },
  WRITTEN_FEEDBACK: { format: 'FILE', series: '报', sentUp: true },
  SPECIAL_REPORT: { format: 'FILE', series: '专报', sentUp: true },
  FLASH_REPORT: { format: 'FILE', series: '快报', sentUp: true },
  DAILY_REPORT: { format: 'FILE', series: '日报', sentUp: true },
  WARNING_NOTICE: { format: 'FILE', series: '预警', sentUp: false },
  ACCOUNTABILITY_NOTICE: { format: 'FILE', series: '通报', sentUp: false },
  REVIEW_REPORT: { format: 'FILE', series: '总结', sentUp: true },
  // — papers3 —
  JOINT_CONFERENCE_MINUTES: { format: 'FILE', series: '纪要', sentUp: false },
  ASSESSMENT_NOTICE: { format: 'FILE', series: '考核', sentUp: false },
};

/**
 * 密级 as the platform knows it: an open document, an internal one (内部: not for the public, not for ordinary
 * channels), and a 涉密 one (printed 秘密, DOMAIN §7: never sent over ordinary channels).
 */
export const Classification = {
  PUBLIC: 'PUBLIC',
  INTERNAL: 'INTERNAL',
  CONFIDENTIAL: 'CONFIDENTIAL',
} as const;
export type Classification = (typeof Classification)[keyof typeof Classification];

export const CLASSIFICATION_LABELS: Record<Classification, LocalizedMessage> = {
  PUBLIC: { zh: '公开', en: 'Open' },
  INTERNAL: { zh: '内部', en: 'Internal' },
  CONFIDENTIAL: { zh: '涉密', en: 'Confidential' },
};

/** The mark printed top left (§7.2.2): none for an open document. 保密期限 is the county's to set; one year here. */
export function classificationMark(c: Classification): string | null {
  switch (c) {
    case Classification.PUBLIC:
      return null;
    case Classification.INTERNAL:
      return '内部';
    case Classification.CONFIDENTIAL:
      return '秘密★1年';
  }
}

const RANK: Record<Classification, number> = { PUBLIC: 0, INTERNAL: 1, CONFIDENTIAL: 2 };
/** The stricter of two classifications. */
export const stricter = (a: Classification, b: Classification): Classification =>
  RANK[a] >= RANK[b] ? a : b;

export const Urgency = { NORMAL: 'NORMAL', URGENT: 'URGENT', MOST_URGENT: 'MOST_URGENT' } as const;
export type Urgency = (typeof Urgency)[keyof typeof Urgency];
export const URGENCY_LABELS: Record<Urgency, LocalizedMessage> = {
  NORMAL: { zh: '平件', en: 'Normal' },
  URGENT: { zh: '加急', en: 'Urgent' },
  MOST_URGENT: { zh: '特急', en: 'Most urgent' },
};
export const urgencyMark = (u: Urgency): string | null =>
  u === Urgency.NORMAL ? null : URGENCY_LABELS[u].zh;
