import { actingAs, decided, givenEvents } from '@test/given-when-then';
import { AttachmentCommand, attachmentDecider } from '../domain/attachment.decider';
import { AttachmentEventType } from '../domain/attachment.events';
import { applyToAttachmentView, attachmentViewProjection } from './attachment.projection';

/** attachment_view as its fold builds it: one row per file attached to a record, with the record's readers. */
const attach = (confidential: boolean): AttachmentCommand => ({
  type: 'AttachFile',
  upload: {
    uploadId: '7b0c1f52-43b6-4c43-9a3e-1c7f0c6a1a10',
    sha256: 'a'.repeat(64),
    size: 1234,
    mediaType: 'image/jpeg',
    originalName: '现场.jpg',
  },
  target: {
    recordKind: 'TASK_HAND_IN',
    recordId: 'task-1',
    incidentId: 'inc-1',
    countyId: 'qingshui',
    readerUnitIds: ['centre', 'donghu'],
    confidential,
  },
  purpose: 'PHOTO',
  actorName: '李娜',
  context: actingAs('lina', 'donghu', new Date('2026-03-02T04:00:00Z')),
});

it('records the file by hash with its record, readers and who attached it', () => {
  givenEvents(decided(attachmentDecider, [attach(false)]))
    .project(applyToAttachmentView)
    .then({
      attachmentId: '7b0c1f52-43b6-4c43-9a3e-1c7f0c6a1a10',
      recordKind: 'TASK_HAND_IN',
      recordId: 'task-1',
      incidentId: 'inc-1',
      purpose: 'PHOTO',
      sha256: 'a'.repeat(64),
      size: 1234,
      mediaType: 'image/jpeg',
      originalName: '现场.jpg',
      unitId: 'donghu',
      countyId: 'qingshui',
      // The attaching unit first, then the record's readers.
      readerUnitIds: ['donghu', 'centre'],
      confidential: false,
      attachedByName: '李娜',
      attachedAt: new Date('2026-03-02T04:00:00Z'),
      version: 1,
    });
});

it('keeps 涉密 from the record it belongs to', () => {
  givenEvents(decided(attachmentDecider, [attach(true)]))
    .project(applyToAttachmentView)
    .then({ confidential: true });
});

it('reads only the attachment itself: a recorded read of a 涉密 file never reaches the row', () => {
  const events = decided(attachmentDecider, [
    attach(true),
    { type: 'RecordRead', context: actingAs('qianjun', 'centre') },
  ]);
  expect(events.map((e) => e.type)).toEqual([AttachmentEventType.Attached, AttachmentEventType.Read]);
  expect(attachmentViewProjection().eventTypes).toEqual([AttachmentEventType.Attached]);
});
