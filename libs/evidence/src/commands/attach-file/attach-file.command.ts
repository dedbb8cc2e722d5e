import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { AttachmentPurpose, AttachmentRecordKind } from '../../domain/attachment-kinds';

/** Attaches an uploaded file to a record: evidence on an incident, photos on a task's progress or hand-in … */
export class AttachFileCommand extends Command<{ attachmentId: string }> {
  constructor(
    readonly principal: Principal,
    readonly input: {
      uploadId: string;
      recordKind: AttachmentRecordKind;
      recordId: string;
      purpose: AttachmentPurpose;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
