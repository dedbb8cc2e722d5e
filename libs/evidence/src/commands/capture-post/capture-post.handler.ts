import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { randomUUID } from 'node:crypto';
import { capturedPostDecider } from '../../domain/captured-post.decider';
import { CAPTURED_POST_STREAM_TYPE, capturedPostStreamId } from '../../domain/captured-post.events';
import { AttachmentRecordKind } from '../../domain/attachment-kinds';
import { EvidenceError, evidenceError } from '../../domain/evidence.errors';
import { AttachmentReader } from '../../queries/attachment-reader';
import { RecordTargets } from '../../records/record-targets';
import { CapturePostCommand } from './capture-post.command';

@CommandHandler(CapturePostCommand)
export class CapturePostHandler implements ICommandHandler<CapturePostCommand, { postId: string }> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: RecordTargets,
    private readonly attachments: AttachmentReader,
  ) {}

  async execute({ principal, input, context }: CapturePostCommand): Promise<{ postId: string }> {
    const incident = await this.records.forAttach(principal, AttachmentRecordKind.INCIDENT, input.incidentId);
    const shot = await this.attachments.byId(input.screenshotAttachmentId);
    if (!shot) throw evidenceError(EvidenceError.SCREENSHOT_NOT_OF_INCIDENT, input.screenshotAttachmentId);
    // A retried request with its idempotency key names the same post as the first attempt.
    const postId = context.idempotencyKey
      ? deterministicUuid('captured-post', principal.userId, context.idempotencyKey)
      : randomUUID();
    await this.executor.execute({
      streamId: capturedPostStreamId(postId),
      streamType: CAPTURED_POST_STREAM_TYPE,
      decider: capturedPostDecider,
      command: {
        type: 'CapturePost' as const,
        postId,
        incident: {
          incidentId: input.incidentId,
          countyId: incident.countyId,
          readerUnitIds: incident.readerUnitIds,
          confidential: incident.confidential,
        },
        url: input.url,
        platform: input.platform,
        author: input.author,
        textAsSeen: input.textAsSeen,
        capturedAt: input.capturedAt,
        screenshot: {
          attachmentId: shot.attachmentId,
          incidentId: shot.recordKind === AttachmentRecordKind.INCIDENT ? shot.recordId : null,
          purpose: shot.purpose,
          sha256: shot.sha256,
        },
        actorName: principal.userName ?? principal.username,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: principal.unitId,
      metadata: commandMetadata('CapturePost', context),
      fingerprintOf: input,
    });
    return { postId };
  }
}
