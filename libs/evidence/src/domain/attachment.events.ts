import { AttachmentPurpose, AttachmentRecordKind } from './attachment-kinds';

/**
 * A file attached to a record, on the attachment's own stream (evidence's, naming the record): the event carries
 * the bytes' SHA-256, size, detected type and original name, so the hash chain and the signed audit bundle cover
 * the file itself. The bytes are stored before this event is appended.
 */
export const AttachmentEventType = {
  Attached: 'AttachmentAttached',
  /** A 涉密 attachment downloaded: who and when, for auditors (issue 22). */
  Read: 'AttachmentRead',
} as const;

export const ATTACHMENT_STREAM_TYPE = 'Attachment';
export const attachmentStreamId = (attachmentId: string) => `attachment-${attachmentId}`;

export interface AttachmentAttachedData {
  attachmentId: string;
  recordKind: AttachmentRecordKind;
  recordId: string;
  incidentId: string | null;
  purpose: AttachmentPurpose;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
  /** The attaching unit and its county. */
  unitId: string;
  countyId: string | null;
  /** The units that read the record when the file was attached (row security's second lock). */
  readerUnitIds: string[];
  /** 涉密: the record's confidentiality; reads are recorded and no external channel carries it. */
  confidential: boolean;
  attachedBy: string;
  attachedByName: string;
  at: string;
}

export interface AttachmentReadData {
  attachmentId: string;
  readBy: string;
  readByUnitId: string;
  at: string;
}

export type AttachmentEvent =
  | { type: typeof AttachmentEventType.Attached; data: AttachmentAttachedData }
  | { type: typeof AttachmentEventType.Read; data: AttachmentReadData };
