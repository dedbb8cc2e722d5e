import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata, EventStore } from '@app/event-store';
import { TaskDispatchedData, TaskEventType, taskStreamId } from '@app/dispatch';
import { decisionContextOf } from '@app/kernel';
import { leaderInstructionDecider } from '../../domain/leader-instruction.decider';
import { InstructionNotFound } from '../../domain/leadership.errors';
import { LEADER_INSTRUCTION_STREAM_TYPE, leaderInstructionStreamId } from '../../domain/leadership.events';
import { LeadershipDirectory } from '../../queries/leadership-directory';
import { LinkInstructionTaskCommand } from './link-instruction-task.command';

@CommandHandler(LinkInstructionTaskCommand)
export class LinkInstructionTaskHandler implements ICommandHandler<LinkInstructionTaskCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly store: EventStore,
    private readonly leaders: LeadershipDirectory,
  ) {}

  async execute({ principal, instructionId, taskId, context }: LinkInstructionTaskCommand): Promise<void> {
    const instruction = await this.leaders.instruction(SYSTEM_SCOPE, instructionId);
    if (!instruction || instruction.countyId !== principal.countyId)
      throw new InstructionNotFound(instructionId);
    authorize(
      principal,
      Action.InstructionImplement,
      { kind: 'county', countyId: instruction.countyId },
      instructionId,
    );
    // The task's incident from its own record in the log (its first event), not from dispatch's tables.
    const [first] = await this.store.readStream(taskStreamId(taskId), { limit: 1 });
    const dispatched =
      first?.type === TaskEventType.Dispatched ? (first.data as unknown as TaskDispatchedData) : null;
    await this.executor.execute({
      streamId: leaderInstructionStreamId(instructionId),
      streamType: LEADER_INSTRUCTION_STREAM_TYPE,
      decider: leaderInstructionDecider,
      command: {
        type: 'LinkInstructionTask',
        instructionId,
        task: { taskId, incidentId: dispatched?.incidentId ?? '' },
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: instruction.leaderUnitId,
      metadata: commandMetadata('LinkInstructionTask', context),
      fingerprintOf: { instructionId, taskId },
    });
  }
}
