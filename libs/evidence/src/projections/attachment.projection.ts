import { RecordedEvent, RowProjection } from '@app/event-store';
import { AttachmentAttachedData, AttachmentEventType } from '../domain/attachment.events';
import { AttachmentView } from './attachment-view.entity';

export function applyToAttachmentView(
  _row: AttachmentView | undefined,
  e: RecordedEvent,
): AttachmentView | undefined {
  const d = e.data as unknown as AttachmentAttachedData;
  return Object.assign(new AttachmentView(), {
    attachmentId: d.attachmentId,
    recordKind: d.recordKind,
    recordId: d.recordId,
    incidentId: d.incidentId,
    purpose: d.purpose,
    sha256: d.sha256,
    size: d.size,
    mediaType: d.mediaType,
    originalName: d.originalName,
    unitId: d.unitId,
    countyId: d.countyId,
    readerUnitIds: d.readerUnitIds,
    confidential: d.confidential,
    attachedByName: d.attachedByName,
    attachedAt: new Date(d.at),
    version: e.streamVersion,
  });
}

export const attachmentViewProjection = () =>
  new RowProjection<AttachmentView>({
    name: 'attachment-view',
    entity: AttachmentView,
    table: 'attachment_view',
    keyProperty: 'attachmentId',
    eventTypes: [AttachmentEventType.Attached],
    keyOf: (e) => (e.data as { attachmentId: string }).attachmentId,
    apply: applyToAttachmentView,
  });
