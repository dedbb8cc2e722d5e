import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { attachmentDecider } from '../../domain/attachment.decider';
import { ATTACHMENT_STREAM_TYPE, attachmentStreamId } from '../../domain/attachment.events';
import { EvidenceError, evidenceError } from '../../domain/evidence.errors';
import { RecordTargets } from '../../records/record-targets';
import { EvidenceConfig } from '../../uploads/evidence-settings';
import { UploadLedger } from '../../uploads/upload-ledger';
import { AttachFileCommand } from './attach-file.command';

@CommandHandler(AttachFileCommand)
export class AttachFileHandler implements ICommandHandler<AttachFileCommand, { attachmentId: string }> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: RecordTargets,
    private readonly uploads: UploadLedger,
    private readonly config: EvidenceConfig,
  ) {}

  async execute({ principal, input, context }: AttachFileCommand): Promise<{ attachmentId: string }> {
    // The record first: a caller who may not see it learns nothing about the upload either.
    const target = await this.records.forAttach(principal, input.recordKind, input.recordId);
    const upload = await this.uploads.claim(input.uploadId, principal.userId, context.now);
    if (!upload) throw evidenceError(EvidenceError.UPLOAD_NOT_FOUND, input.uploadId);
    try {
      // The bytes must be in storage before an event names them.
      if ((await this.config.settings.store.sizeOf(upload.sha256)) !== upload.size)
        throw evidenceError(EvidenceError.FILE_UNAVAILABLE, upload.sha256);
      await this.executor.execute({
        streamId: attachmentStreamId(upload.uploadId),
        streamType: ATTACHMENT_STREAM_TYPE,
        decider: attachmentDecider,
        command: {
          type: 'AttachFile' as const,
          upload,
          target,
          purpose: input.purpose,
          actorName: principal.userName ?? principal.username,
          context: decisionContextOf(principal, context.now),
        },
        owningUnit: principal.unitId,
        metadata: commandMetadata('AttachFile', context),
        fingerprintOf: input,
      });
    } catch (err) {
      await this.uploads.release(upload.uploadId);
      throw err;
    }
    await this.uploads.markAttached(upload.uploadId);
    return { attachmentId: upload.uploadId };
  }
}
