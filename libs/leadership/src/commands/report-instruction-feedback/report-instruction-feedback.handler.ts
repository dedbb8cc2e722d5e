import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { deliverToInbox, InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { decisionContextOf } from '@app/kernel';
import { leaderInstructionDecider } from '../../domain/leader-instruction.decider';
import { InstructionNotFound } from '../../domain/leadership.errors';
import { LEADER_INSTRUCTION_STREAM_TYPE, leaderInstructionStreamId } from '../../domain/leadership.events';
import { LeadershipDirectory } from '../../queries/leadership-directory';
import { ReportInstructionFeedbackCommand } from './report-instruction-feedback.command';

@CommandHandler(ReportInstructionFeedbackCommand)
export class ReportInstructionFeedbackHandler implements ICommandHandler<
  ReportInstructionFeedbackCommand,
  void
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly leaders: LeadershipDirectory,
  ) {}

  async execute({
    principal,
    instructionId,
    text,
    context,
  }: ReportInstructionFeedbackCommand): Promise<void> {
    const instruction = await this.leaders.instruction(SYSTEM_SCOPE, instructionId);
    if (!instruction || instruction.countyId !== principal.countyId)
      throw new InstructionNotFound(instructionId);
    authorize(
      principal,
      Action.InstructionImplement,
      { kind: 'county', countyId: instruction.countyId },
      instructionId,
    );
    await this.executor.execute({
      streamId: leaderInstructionStreamId(instructionId),
      streamType: LEADER_INSTRUCTION_STREAM_TYPE,
      decider: leaderInstructionDecider,
      command: {
        type: 'ReportInstructionFeedback',
        instructionId,
        text,
        byName: principal.userName ?? principal.username,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: instruction.leaderUnitId,
      metadata: commandMetadata('ReportInstructionFeedback', context),
      fingerprintOf: { instructionId, text },
      // The report back reaches the leader who gave the instruction, by name (their unit's inbox).
      alsoWithin: async (tx) =>
        deliverToInbox(tx, context, {
          unitId: instruction.leaderUnitId,
          kind: InboxChangeKind.INSTRUCTION_FEEDBACK,
          refType: InboxRef.INSTRUCTION,
          refId: instructionId,
          incidentId: instruction.incidentId,
          incidentTitle: instruction.incidentTitle,
          confidential: instruction.confidential,
          audience: InboxAudience.LEADERS,
          recipientUserIds: [instruction.leaderUserId],
        }),
    });
  }
}
