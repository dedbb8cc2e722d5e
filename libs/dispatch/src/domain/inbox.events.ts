/**
 * The receiving side of a cross-unit command (ARCHITECTURE: the sender's stream says it was sent, the receiver's
 * says it arrived). Written in the same transaction as the sender's event, so neither exists without the other.
 */
export const INBOX_ITEM_ARRIVED = 'InboxItemArrived';
export const INBOX_STREAM_TYPE = 'UnitInbox';
export const inboxStreamId = (unitId: string) => `inbox-${unitId}`;

export type InboxItemKind =
  | 'TASK_DISPATCHED'
  | 'TASK_SIGNED'
  | 'TASK_RETURNED'
  | 'TASK_PROGRESS'
  | 'TASK_EXTENSION_REQUESTED'
  | 'TASK_EXTENSION_DECIDED'
  | 'TASK_HANDED_IN'
  | 'TASK_ACCEPTED'
  | 'TASK_SENT_BACK'
  | 'TASK_SUPERVISED'
  | 'TASK_REMINDED'
  | 'TASK_CANCELLED'
  | 'LETTER_SENT'
  | 'LETTER_SIGNED';

export interface InboxItemArrivedData {
  unitId: string;
  kind: InboxItemKind;
  refType: 'TASK' | 'LETTER';
  refId: string;
  incidentId: string | null;
  fromUnitId: string;
  /** Omitted for confidential (涉密) incidents: only the reference travels (002). */
  title: string | null;
  confidential: boolean;
  at: string;
}
