import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { AttachmentRecordKind } from '../../domain/attachment-kinds';
import { capturedPostDecider } from '../../domain/captured-post.decider';
import { CAPTURED_POST_STREAM_TYPE, capturedPostStreamId } from '../../domain/captured-post.events';
import { EvidenceError, evidenceError } from '../../domain/evidence.errors';
import { CapturedPostReader } from '../../queries/captured-post-reader';
import { RecordTargets } from '../../records/record-targets';
import { RecordPostSpreadCommand } from './record-post-spread.command';

@CommandHandler(RecordPostSpreadCommand)
export class RecordPostSpreadHandler implements ICommandHandler<RecordPostSpreadCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: RecordTargets,
    private readonly posts: CapturedPostReader,
  ) {}

  async execute({ principal, input, context }: RecordPostSpreadCommand): Promise<void> {
    const post = await this.posts.byId(input.postId);
    if (!post) throw evidenceError(EvidenceError.POST_NOT_FOUND, input.postId);
    // Whoever may add evidence to the incident may add readings of its posts.
    await this.records.forAttach(principal, AttachmentRecordKind.INCIDENT, post.incidentId);
    await this.executor.execute({
      streamId: capturedPostStreamId(input.postId),
      streamType: CAPTURED_POST_STREAM_TYPE,
      decider: capturedPostDecider,
      command: {
        type: 'RecordSpread' as const,
        reposts: input.reposts,
        comments: input.comments,
        views: input.views,
        readAt: input.readAt,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: post.unitId,
      metadata: commandMetadata('RecordPostSpread', context),
      fingerprintOf: input,
    });
  }
}
