import { LocalizedMessage } from '@app/kernel';

/**
 * The receiving side of a cross-unit command (ARCHITECTURE: the sender's stream says it was sent, the receiver's
 * says it arrived). Written in the same transaction as the sender's event, so neither exists without the other.
 */
export const INBOX_ITEM_ARRIVED = 'InboxItemArrived';
export const INBOX_STREAM_TYPE = 'UnitInbox';
/**
 * A unit's arrivals about one item (a task, letter, statement, incident…) are one stream: `inbox-<unit>-<item>`
 * (ADR 0030). One stream per unit (`inbox-<unit>`, before) was a lock every step to that unit queued behind — the
 * centre's arrivals serialised the whole county's sign-fors and hand-ins. Those older streams stay in the log as
 * written; readers of a unit's arrivals select them by stream type and owning unit, never by stream id.
 */
export const inboxStreamId = (unitId: string, refId: string) => `inbox-${unitId}-${refId}`;

/** What arrived. */
export const InboxChangeKind = {
  TASK_DISPATCHED: 'TASK_DISPATCHED',
  TASK_SIGNED: 'TASK_SIGNED',
  TASK_RETURNED: 'TASK_RETURNED',
  TASK_PROGRESS: 'TASK_PROGRESS',
  TASK_EXTENSION_REQUESTED: 'TASK_EXTENSION_REQUESTED',
  TASK_EXTENSION_DECIDED: 'TASK_EXTENSION_DECIDED',
  TASK_HANDED_IN: 'TASK_HANDED_IN',
  TASK_ACCEPTED: 'TASK_ACCEPTED',
  TASK_SENT_BACK: 'TASK_SENT_BACK',
  TASK_SUPERVISED: 'TASK_SUPERVISED',
  TASK_REMINDED: 'TASK_REMINDED',
  TASK_CANCELLED: 'TASK_CANCELLED',
  LETTER_SENT: 'LETTER_SENT',
  LETTER_SIGNED: 'LETTER_SIGNED',
  INCIDENT_REPORTED: 'INCIDENT_REPORTED',
  INCIDENT_ESCALATED: 'INCIDENT_ESCALATED',
  LINKAGE_JOINED: 'LINKAGE_JOINED',
  LINKAGE_RELEASED: 'LINKAGE_RELEASED',
  STATEMENT_SUBMITTED: 'STATEMENT_SUBMITTED',
  STATEMENT_APPROVED: 'STATEMENT_APPROVED',
  STATEMENT_REJECTED: 'STATEMENT_REJECTED',
  STATEMENT_PUBLISHED: 'STATEMENT_PUBLISHED',
  TASK_NEARLY_DUE: 'TASK_NEARLY_DUE',
  TASK_OVERDUE: 'TASK_OVERDUE',
  TASK_ESCALATED: 'TASK_ESCALATED',
  LETTER_CHASED: 'LETTER_CHASED',
  LETTER_ESCALATED: 'LETTER_ESCALATED',
  FLASH_REPORT: 'FLASH_REPORT',
  DUTY_ROSTER_GAP: 'DUTY_ROSTER_GAP',
  DAILY_REPORT: 'DAILY_REPORT',
  DAILY_REPORT_MISSING: 'DAILY_REPORT_MISSING',
  SPECIAL_REPORT: 'SPECIAL_REPORT',
  DOCUMENT_ISSUED: 'DOCUMENT_ISSUED',
  WARNING_ISSUED: 'WARNING_ISSUED',
  WARNING_ADJUSTED: 'WARNING_ADJUSTED',
  WARNING_LIFTED: 'WARNING_LIFTED',
  INSTRUCTION_GIVEN: 'INSTRUCTION_GIVEN',
  INSTRUCTION_FEEDBACK: 'INSTRUCTION_FEEDBACK',
  INCIDENT_RESPONSIBILITY: 'INCIDENT_RESPONSIBILITY',
  INCIDENT_TAKEN_UP_LOCALLY: 'INCIDENT_TAKEN_UP_LOCALLY',
  INCIDENT_TAKEN_OVER: 'INCIDENT_TAKEN_OVER',
  INCIDENT_SUPPLEMENTED: 'INCIDENT_SUPPLEMENTED',
  REASSESSMENT_SUGGESTED: 'REASSESSMENT_SUGGESTED',
  MESSAGE_REPLY_NEARLY_DUE: 'MESSAGE_REPLY_NEARLY_DUE',
  MESSAGE_REPLY_OVERDUE: 'MESSAGE_REPLY_OVERDUE',
} as const;
export type InboxChangeKind = (typeof InboxChangeKind)[keyof typeof InboxChangeKind];

export const INBOX_CHANGE_LABELS: Record<InboxChangeKind, LocalizedMessage> = {
  TASK_DISPATCHED: { zh: '收到派单', en: 'Task dispatched to you' },
  TASK_SIGNED: { zh: '工单已签收', en: 'Task signed for' },
  TASK_RETURNED: { zh: '工单被退回', en: 'Task returned' },
  TASK_PROGRESS: { zh: '办理进展', en: 'Progress reported' },
  TASK_EXTENSION_REQUESTED: { zh: '申请延期', en: 'Extension requested' },
  TASK_EXTENSION_DECIDED: { zh: '延期已答复', en: 'Extension decided' },
  TASK_HANDED_IN: { zh: '已交单', en: 'Task handed in' },
  TASK_ACCEPTED: { zh: '已销号', en: 'Task struck off' },
  TASK_SENT_BACK: { zh: '退回重办', en: 'Sent back for rework' },
  TASK_SUPERVISED: { zh: '督办', en: 'Supervision notice' },
  TASK_REMINDED: { zh: '催办', en: 'Reminder' },
  TASK_CANCELLED: { zh: '工单撤销', en: 'Task cancelled' },
  LETTER_SENT: { zh: '收到风险提示函', en: 'Risk letter received' },
  LETTER_SIGNED: { zh: '提示函已签收', en: 'Risk letter signed for' },
  INCIDENT_REPORTED: { zh: '下级上报舆情', en: 'Incident reported up' },
  INCIDENT_ESCALATED: { zh: '舆情上报', en: 'Incident escalated to you' },
  LINKAGE_JOINED: { zh: '纳入"1+3+N"联动', en: 'Joined the linkage' },
  LINKAGE_RELEASED: { zh: '解除联动', en: 'Released from the linkage' },
  STATEMENT_SUBMITTED: { zh: '口径/通稿待审核', en: 'Statement awaiting approval' },
  STATEMENT_APPROVED: { zh: '口径/通稿已审核通过', en: 'Statement approved' },
  STATEMENT_REJECTED: { zh: '口径/通稿被退回', en: 'Statement rejected' },
  STATEMENT_PUBLISHED: { zh: '口径/通稿已发布', en: 'Statement published' },
  TASK_NEARLY_DUE: { zh: '工单临近时限', en: 'Task nearly due' },
  TASK_OVERDUE: { zh: '工单已超时', en: 'Task overdue' },
  TASK_ESCALATED: { zh: '督办逾期未办结（升级）', en: 'Still overdue after supervision (escalated)' },
  LETTER_CHASED: { zh: '风险提示函催签', en: 'Risk letter not yet signed for' },
  LETTER_ESCALATED: { zh: '风险提示函逾期未签收（升级）', en: 'Risk letter still unsigned (escalated)' },
  FLASH_REPORT: { zh: '舆情快报（请领导阅示）', en: 'Flash report for the leaders' },
  DUTY_ROSTER_GAP: { zh: '值班表存在空档', en: 'Gap in the duty roster' },
  DAILY_REPORT: { zh: '舆情日报（请领导阅示）', en: 'Daily report for the leaders' },
  DAILY_REPORT_MISSING: { zh: '舆情日报未按时编发', en: 'Daily report not issued' },
  SPECIAL_REPORT: { zh: '舆情专报（请领导阅示）', en: 'Special report for the leaders' },
  DOCUMENT_ISSUED: { zh: '收到公文', en: 'Official document received' },
  WARNING_ISSUED: { zh: '收到预警', en: 'Warning issued' },
  WARNING_ADJUSTED: { zh: '预警已调整', en: 'Warning adjusted' },
  WARNING_LIFTED: { zh: '预警已解除', en: 'Warning lifted' },
  INSTRUCTION_GIVEN: { zh: '领导批示', en: "Leader's instruction" },
  INSTRUCTION_FEEDBACK: { zh: '批示落实情况反馈', en: 'Report back on your instruction' },
  INCIDENT_RESPONSIBILITY: { zh: '您被指定为舆情包保领导/跟踪专人', en: 'You answer for an incident' },
  INCIDENT_TAKEN_UP_LOCALLY: { zh: '乡镇自行处置', en: 'A township handles the incident itself' },
  INCIDENT_TAKEN_OVER: { zh: '县中心已接管', en: 'The county centre took the incident over' },
  INCIDENT_SUPPLEMENTED: { zh: '补充情况', en: 'More about an incident' },
  REASSESSMENT_SUGGESTED: {
    zh: '传播数据已达更高等级标准，请重新研判',
    en: 'The spread calls for a new assessment',
  },
  MESSAGE_REPLY_NEARLY_DUE: { zh: '留言回复临期', en: 'A message’s reply is nearly due' },
  MESSAGE_REPLY_OVERDUE: { zh: '留言回复已超期', en: 'A message’s reply is overdue' },
};

/**
 * Whom in the unit an arrival is for: everyone who works the unit's inbox, or only its leaders (督办 reminders,
 * escalations, 舆情快报) or its administrators (roster gaps). External channels use it to pick recipients.
 */
export const InboxAudience = {
  UNIT: 'UNIT',
  LEADERS: 'LEADERS',
  ADMINS: 'ADMINS',
} as const;
export type InboxAudience = (typeof InboxAudience)[keyof typeof InboxAudience];

/** Whether an arrival for `audience` is for a person with these roles: everyone, or the unit's leaders or admins. */
export function audienceIncludes(audience: InboxAudience, roles: readonly string[]): boolean {
  switch (audience) {
    case InboxAudience.UNIT:
      return true;
    case InboxAudience.LEADERS:
      return roles.includes('LEADER');
    case InboxAudience.ADMINS:
      return roles.includes('ADMIN');
  }
}

export const INBOX_AUDIENCE_LABELS: Record<InboxAudience, LocalizedMessage> = {
  UNIT: { zh: '本单位', en: 'The unit' },
  LEADERS: { zh: '单位领导', en: "The unit's leaders" },
  ADMINS: { zh: '系统管理员', en: "The unit's administrators" },
};

/** What the arrival refers to. */
export const InboxRef = {
  TASK: 'TASK',
  LETTER: 'LETTER',
  INCIDENT: 'INCIDENT',
  STATEMENT: 'STATEMENT',
  DUTY_ROSTER: 'DUTY_ROSTER',
  DAILY_REPORT: 'DAILY_REPORT',
  SPECIAL_REPORT: 'SPECIAL_REPORT',
  DOCUMENT: 'DOCUMENT',
  INSTRUCTION: 'INSTRUCTION',
  INTAKE_ITEM: 'INTAKE_ITEM',
} as const;
export type InboxRef = (typeof InboxRef)[keyof typeof InboxRef];

export const INBOX_REF_LABELS: Record<InboxRef, LocalizedMessage> = {
  TASK: { zh: '工单', en: 'Task' },
  LETTER: { zh: '风险提示函', en: 'Risk letter' },
  INCIDENT: { zh: '舆情事件', en: 'Incident' },
  STATEMENT: { zh: '口径/通稿', en: 'Statement' },
  DUTY_ROSTER: { zh: '值班表', en: 'Duty roster' },
  DAILY_REPORT: { zh: '舆情日报', en: 'Daily report' },
  SPECIAL_REPORT: { zh: '舆情专报', en: 'Special report' },
  DOCUMENT: { zh: '公文', en: 'Official document' },
  INSTRUCTION: { zh: '领导批示', en: "Leader's instruction" },
  INTAKE_ITEM: { zh: '舆情线索', en: 'Intake item' },
};

export interface InboxItemArrivedData {
  unitId: string;
  kind: InboxChangeKind;
  refType: InboxRef;
  refId: string;
  incidentId: string | null;
  fromUnitId: string;
  /** Omitted for confidential (涉密) incidents: only the reference travels (002). */
  title: string | null;
  confidential: boolean;
  at: string;
  /** Absent on arrivals recorded before audiences existed: the whole unit. */
  audience?: InboxAudience;
  /** What the platform adds in words (e.g. "距时限还剩 1 小时"); never content of a confidential incident. */
  note?: LocalizedMessage | null;
  /** Named people within the audience (the county leaders an escalation reaches); absent: all of the audience. */
  recipientUserIds?: string[] | null;
}

/** Whether an arrival is for this person: their roles are in its audience and, when it names people, they are named. */
export function arrivalIncludes(
  d: Pick<InboxItemArrivedData, 'audience' | 'recipientUserIds'>,
  person: { userId: string; roles: readonly string[] },
): boolean {
  return (
    audienceIncludes(d.audience ?? InboxAudience.UNIT, person.roles) &&
    (!d.recipientUserIds?.length || d.recipientUserIds.includes(person.userId))
  );
}
