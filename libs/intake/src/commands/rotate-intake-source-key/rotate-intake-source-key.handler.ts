import { randomBytes } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { intakeSourceDecider } from '../../domain/intake-source.decider';
import { sourceNotFound } from '../../domain/intake.errors';
import { INTAKE_SOURCE_STREAM_TYPE, intakeSourceStreamId } from '../../domain/intake.events';
import { intakeKeyHash } from '../../queries/intake-key';
import { IntakeReader } from '../../queries/intake-reader';
import { RotateIntakeSourceKeyCommand } from './rotate-intake-source-key.command';

@CommandHandler(RotateIntakeSourceKeyCommand)
export class RotateIntakeSourceKeyHandler implements ICommandHandler<RotateIntakeSourceKeyCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IntakeReader,
  ) {}

  async execute({ principal, sourceId, context }: RotateIntakeSourceKeyCommand): Promise<string> {
    const source = await this.reader.source(sourceId);
    if (!source || source.countyId !== principal.countyId) throw sourceNotFound(sourceId);
    authorize(principal, Action.IntakeManageSources, { kind: 'county', countyId: source.countyId });
    // 256 random bits: a hash without a salt is enough (nothing to guess), and it is what a push is looked up by.
    const key = `yqk_${randomBytes(32).toString('base64url')}`;
    await this.executor.execute({
      streamId: intakeSourceStreamId(sourceId),
      streamType: INTAKE_SOURCE_STREAM_TYPE,
      decider: intakeSourceDecider,
      command: {
        type: 'IssueIntakeSourceKey',
        sourceId,
        keyHash: intakeKeyHash(key),
        keyPrefix: key.slice(0, 8),
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: principal.unitId,
      // No idempotency key: a repeat would have to show the same key again, which the platform no longer knows.
      metadata: commandMetadata('RotateIntakeSourceKey', { ...context, idempotencyKey: undefined }),
    });
    return key;
  }
}
