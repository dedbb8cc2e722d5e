import { LocalizedMessage } from '@app/kernel';
import { INCIDENT_STREAM_TYPE, IncidentEventType } from '@app/incidents/domain';
import { LETTER_STREAM_TYPE, TASK_STREAM_TYPE } from '@app/dispatch/domain';
import { INBOX_STREAM_TYPE } from '@app/inbox/domain';
import { STATEMENT_STREAM_TYPE } from '@app/response/domain';

/** What a line of an incident's history is about: the filter an auditor picks from. */
export const HistoryKind = {
  INCIDENT: 'INCIDENT',
  WARNING: 'WARNING',
  ESCALATION: 'ESCALATION',
  LINKAGE: 'LINKAGE',
  TASK: 'TASK',
  LETTER: 'LETTER',
  STATEMENT: 'STATEMENT',
  DELIVERY: 'DELIVERY',
} as const;
export type HistoryKind = (typeof HistoryKind)[keyof typeof HistoryKind];

export const HISTORY_KIND_LABELS: Record<HistoryKind, LocalizedMessage> = {
  INCIDENT: { zh: '事件登记、研判与处置', en: 'Registration, assessment and handling' },
  WARNING: { zh: '预警', en: 'Warning' },
  ESCALATION: { zh: '上报', en: 'Escalation' },
  LINKAGE: { zh: '"1+3+N"联动', en: 'Linkage' },
  TASK: { zh: '工单（四单）', en: 'Tasks' },
  LETTER: { zh: '风险提示函（一函）', en: 'Risk letters' },
  STATEMENT: { zh: '口径/通稿', en: 'Statements' },
  DELIVERY: { zh: '送达待办', en: 'Deliveries to inboxes' },
};

const INCIDENT_KINDS: Record<string, HistoryKind> = {
  [IncidentEventType.WarningIssued]: HistoryKind.WARNING,
  [IncidentEventType.WarningAdjusted]: HistoryKind.WARNING,
  [IncidentEventType.WarningLifted]: HistoryKind.WARNING,
  [IncidentEventType.Escalated]: HistoryKind.ESCALATION,
  [IncidentEventType.LinkageActivated]: HistoryKind.LINKAGE,
  [IncidentEventType.LinkageMembersAdded]: HistoryKind.LINKAGE,
  [IncidentEventType.LinkageMemberReleased]: HistoryKind.LINKAGE,
  [IncidentEventType.JointConferenceRecorded]: HistoryKind.LINKAGE,
};

export function historyKindOf(streamType: string, eventType: string): HistoryKind {
  switch (streamType) {
    case INCIDENT_STREAM_TYPE:
      return INCIDENT_KINDS[eventType] ?? HistoryKind.INCIDENT;
    case TASK_STREAM_TYPE:
      return HistoryKind.TASK;
    case LETTER_STREAM_TYPE:
      return HistoryKind.LETTER;
    case STATEMENT_STREAM_TYPE:
      return HistoryKind.STATEMENT;
    case INBOX_STREAM_TYPE:
      return HistoryKind.DELIVERY;
    default:
      return HistoryKind.INCIDENT;
  }
}

/**
 * Streams that belong wholly to one incident: checked from their first event to their head. Other streams that
 * name the incident (a unit's inbox) are shared, and only the incident's events in them are checked.
 */
export const INCIDENT_OWNED_STREAM_TYPES: readonly string[] = [
  INCIDENT_STREAM_TYPE,
  TASK_STREAM_TYPE,
  LETTER_STREAM_TYPE,
  STATEMENT_STREAM_TYPE,
];
