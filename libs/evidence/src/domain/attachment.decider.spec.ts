import { actingAs, deciderSpec } from '@test/given-when-then';
import { AttachmentCommand, attachmentDecider } from './attachment.decider';
import { AttachmentEvent, AttachmentEventType } from './attachment.events';
import { EvidenceError } from './evidence.errors';

const { given } = deciderSpec(attachmentDecider);
const context = actingAs('lina', 'donghu');

type AttachFile = Extract<AttachmentCommand, { type: 'AttachFile' }>;

const attach = (over: Partial<AttachFile> = {}): AttachFile => ({
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
    confidential: false,
  },
  purpose: 'PHOTO',
  actorName: '李娜',
  context,
  ...over,
});

const attached: Extract<AttachmentEvent, { type: 'AttachmentAttached' }> = {
  type: AttachmentEventType.Attached,
  data: {
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
    readerUnitIds: ['donghu', 'centre'],
    confidential: false,
    attachedBy: 'lina',
    attachedByName: '李娜',
    at: context.now.toISOString(),
  },
};

describe('attaching a file', () => {
  it('records the hash, size, type and name with the record it belongs to', () => {
    given([]).when(attach()).then([attached]);
  });

  it('attaches an upload once', () => {
    given([attached]).when(attach()).thenThrows(EvidenceError.ALREADY_ATTACHED);
  });

  it('refuses a purpose the record does not take', () => {
    given([])
      .when(attach({ purpose: 'POST_SCREENSHOT' }))
      .thenThrows(EvidenceError.PURPOSE_NOT_FOR_RECORD);
  });

  it('judges the type by the detected media type, not the purpose claimed', () => {
    given([])
      .when(
        attach({
          purpose: 'POST_SCREENSHOT',
          target: { ...attach().target, recordKind: 'INCIDENT' },
          upload: { ...attach().upload, mediaType: 'application/pdf', originalName: 'shot.png' },
        }),
      )
      .thenThrows(EvidenceError.TYPE_NOT_FOR_PURPOSE);
  });

  it('keeps 涉密 with the file, from its record', () => {
    given([])
      .when(attach({ target: { ...attach().target, confidential: true } }))
      .then(([e]) => expect(e.data).toMatchObject({ confidential: true }));
  });
});

describe('reading a file through its link', () => {
  const read = { type: 'RecordRead' as const, context: actingAs('qianjun', 'centre') };

  it('records who read a 涉密 file, and when', () => {
    const secret = { ...attached, data: { ...attached.data, confidential: true } } as AttachmentEvent;
    given([secret])
      .when(read)
      .then([
        {
          type: AttachmentEventType.Read,
          data: {
            attachmentId: attached.data.attachmentId,
            readBy: 'qianjun',
            readByUnitId: 'centre',
            at: read.context.now.toISOString(),
          },
        },
      ]);
  });

  it('keeps nothing for an ordinary file', () => {
    given([attached]).when(read).thenNothingHappens();
  });

  it('knows no file that was never attached', () => {
    given([]).when(read).thenThrows(EvidenceError.NOT_FOUND);
  });
});
