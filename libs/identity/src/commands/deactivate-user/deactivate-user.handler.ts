import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { PeopleDirectory } from '../../queries/people-directory';
import { existingUser, runUserCommand } from '../user-stream';
import { DeactivateUserCommand } from './deactivate-user.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(DeactivateUserCommand)
export class DeactivateUserHandler implements ICommandHandler<DeactivateUserCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly people: PeopleDirectory,
  ) {}

  async execute({ principal, userId, reason, context }: DeactivateUserCommand): Promise<void> {
    const user = await existingUser(this.people, userId);
    authorize(
      principal,
      Action.UserDeactivate,
      { kind: 'user', userId, unitId: user.unitId, countyId: user.countyId },
      userId,
    );
    await runUserCommand(
      this.executor,
      { type: 'DeactivateUser', userId, reason, context: decisionContextOf(principal, context.now) },
      context,
      { userId, reason },
      (tx) => CredentialsRepository.setActive(tx, userId, false, context.now),
    );
  }
}
