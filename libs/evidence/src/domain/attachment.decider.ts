import { Decider, DecisionContext } from '@app/kernel';
import {
  AttachmentPurpose,
  AttachmentRecordKind,
  familyOf,
  PURPOSE_FAMILIES,
  RECORD_PURPOSES,
} from './attachment-kinds';
import { AttachmentAttachedData, AttachmentEvent, AttachmentEventType } from './attachment.events';
import { EvidenceError, evidenceError } from './evidence.errors';

/** The record as the handler found it, once the caller was allowed to attach to it. */
export interface AttachTarget {
  recordKind: AttachmentRecordKind;
  recordId: string;
  incidentId: string | null;
  countyId: string | null;
  readerUnitIds: string[];
  confidential: boolean;
}

/** The stored upload being attached: its bytes are in storage already. */
export interface StoredUpload {
  uploadId: string;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
}

export type AttachmentCommand =
  | {
      type: 'AttachFile';
      upload: StoredUpload;
      target: AttachTarget;
      purpose: AttachmentPurpose;
      actorName: string;
      context: DecisionContext;
    }
  /** A download through a signed link: kept in the log when the file is 涉密. */
  | { type: 'RecordRead'; context: DecisionContext };

export interface AttachmentState {
  attached: AttachmentAttachedData | null;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * An upload is attached once (its id is the attachment's), to a record that takes its purpose, with a type its
 * purpose allows: a 原帖截图 is an image whatever its name says, because the type is read from the bytes.
 */
export const attachmentDecider: Decider<AttachmentCommand, AttachmentEvent, AttachmentState> = {
  initialState: () => ({ attached: null }),
  evolve: (s, e) => (e.type === AttachmentEventType.Attached ? { attached: e.data } : s),
  decide: (c, s) => {
    if (c.type === 'RecordRead') {
      if (!s.attached) throw evidenceError(EvidenceError.NOT_FOUND);
      if (!s.attached.confidential) return [];
      return [
        {
          type: AttachmentEventType.Read,
          data: {
            attachmentId: s.attached.attachmentId,
            readBy: c.context.actorUserId,
            readByUnitId: c.context.actorUnitId,
            at: c.context.now.toISOString(),
          },
        },
      ];
    }
    if (s.attached) throw evidenceError(EvidenceError.ALREADY_ATTACHED, s.attached.originalName);
    const { upload, target, purpose } = c;
    if (!RECORD_PURPOSES[target.recordKind].includes(purpose))
      throw evidenceError(EvidenceError.PURPOSE_NOT_FOR_RECORD, `${target.recordKind} / ${purpose}`);
    const family = familyOf(upload.mediaType);
    if (!family || !PURPOSE_FAMILIES[purpose].includes(family))
      throw evidenceError(EvidenceError.TYPE_NOT_FOR_PURPOSE, `${purpose} / ${upload.mediaType}`);
    // Programming errors, not refusals: the upload route stores only hashed, non-empty files.
    if (!SHA256.test(upload.sha256)) throw new Error(`not a SHA-256: ${upload.sha256}`);
    if (upload.size <= 0) throw new Error('an empty upload cannot be attached');
    return [
      {
        type: AttachmentEventType.Attached,
        data: {
          attachmentId: upload.uploadId,
          recordKind: target.recordKind,
          recordId: target.recordId,
          incidentId: target.incidentId,
          purpose,
          sha256: upload.sha256,
          size: upload.size,
          mediaType: upload.mediaType,
          originalName: upload.originalName,
          unitId: c.context.actorUnitId,
          countyId: target.countyId,
          readerUnitIds: [...new Set([c.context.actorUnitId, ...target.readerUnitIds])],
          confidential: target.confidential,
          attachedBy: c.context.actorUserId,
          attachedByName: c.actorName,
          at: c.context.now.toISOString(),
        },
      },
    ];
  },
};
