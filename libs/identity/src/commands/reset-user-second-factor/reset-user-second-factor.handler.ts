import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { PeopleDirectory } from '../../queries/people-directory';
import { existingUser, runUserCommand } from '../user-stream';
import { ResetUserSecondFactorCommand } from './reset-user-second-factor.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(ResetUserSecondFactorCommand)
export class ResetUserSecondFactorHandler implements ICommandHandler<ResetUserSecondFactorCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly people: PeopleDirectory,
  ) {}

  async execute({ principal, userId, reason, context }: ResetUserSecondFactorCommand): Promise<void> {
    const user = await existingUser(this.people, userId);
    authorize(
      principal,
      Action.UserResetSecondFactor,
      { kind: 'user', userId, unitId: user.unitId, countyId: user.countyId },
      userId,
    );
    await runUserCommand(
      this.executor,
      { type: 'ResetSecondFactor', userId, reason, context: decisionContextOf(principal, context.now) },
      context,
      { userId, reason },
      (tx) => CredentialsRepository.clearTotp(tx, userId, context.now),
    );
  }
}
