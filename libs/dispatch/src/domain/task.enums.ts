import { LocalizedMessage } from '@app/kernel';

/** States of a task (工单) through 办单 and 交单 (DOMAIN §3). */
export enum TaskStatus {
  DISPATCHED = 'DISPATCHED',
  SIGNED = 'SIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  HANDED_IN = 'HANDED_IN',
  REWORK = 'REWORK',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  CANCELLED = 'CANCELLED',
}

export enum TaskKind {
  STANDARD = 'STANDARD',
  POLICE_REFERRAL = 'POLICE_REFERRAL',
  CONFERENCE_FOLLOW_UP = 'CONFERENCE_FOLLOW_UP',
  VILLAGE_REDISPATCH = 'VILLAGE_REDISPATCH',
}

/** Which rule set the due time (for auditors: which rule was in force). */
export enum DeadlineRule {
  WRITTEN_FEEDBACK = 'WRITTEN_FEEDBACK',
  SAME_DAY = 'SAME_DAY',
  /** The same day would leave less than the county's least working time: due once the unit has had it. */
  SAME_DAY_LEAST_TIME = 'SAME_DAY_LEAST_TIME',
  DEFAULT = 'DEFAULT',
  GIVEN = 'GIVEN',
  PARENT = 'PARENT',
}

export const TASK_STATUS_LABELS: Record<TaskStatus, LocalizedMessage> = {
  DISPATCHED: { zh: '待签收', en: 'Dispatched' },
  SIGNED: { zh: '已签收', en: 'Signed for' },
  IN_PROGRESS: { zh: '办理中', en: 'In progress' },
  HANDED_IN: { zh: '已交单', en: 'Handed in' },
  REWORK: { zh: '退回重办', en: 'Sent back for rework' },
  ACCEPTED: { zh: '已销号', en: 'Struck off' },
  RETURNED: { zh: '已退回', en: 'Returned' },
  CANCELLED: { zh: '已撤销', en: 'Cancelled' },
};

export const TASK_KIND_LABELS: Record<TaskKind, LocalizedMessage> = {
  STANDARD: { zh: '工单', en: 'Task' },
  POLICE_REFERRAL: { zh: '移交公安', en: 'Police referral' },
  CONFERENCE_FOLLOW_UP: { zh: '联席会议交办', en: 'Joint-conference follow-up' },
  VILLAGE_REDISPATCH: { zh: '转派村（社区）', en: 'Handed to a village' },
};

export const DEADLINE_RULE_LABELS: Record<DeadlineRule, LocalizedMessage> = {
  WRITTEN_FEEDBACK: {
    zh: 'III级及以上：限时书面反馈（默认12小时，最迟24小时，可由本县设定）',
    en: 'Grade III+: written feedback in time (12 h, 24 h at most, unless the county sets otherwise)',
  },
  SAME_DAY: { zh: '一般诉求：当日答复处理意见', en: 'Inquiry: handling opinion the same day' },
  SAME_DAY_LEAST_TIME: {
    zh: '一般诉求：当日答复，当日所余不足最少办理时间，顺延至给足',
    en: 'Inquiry: the same day, moved on to give the least working time',
  },
  DEFAULT: { zh: '一般事件：默认时限', en: 'General: default time' },
  GIVEN: { zh: '派单时指定', en: 'Given at dispatch' },
  PARENT: { zh: '不晚于上级工单', en: 'No later than the parent task' },
};
