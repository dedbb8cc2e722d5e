import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { userUnitInactive } from '../../domain/identity.errors';
import { PeopleDirectory } from '../../queries/people-directory';
import { existingUser, runUserCommand } from '../user-stream';
import { ReactivateUserCommand } from './reactivate-user.command';

@CommandHandler(ReactivateUserCommand)
export class ReactivateUserHandler implements ICommandHandler<ReactivateUserCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly people: PeopleDirectory,
    private readonly organization: OrganizationDirectory,
  ) {}

  async execute({ principal, userId, context }: ReactivateUserCommand): Promise<void> {
    const user = await existingUser(this.people, userId);
    authorize(
      principal,
      Action.UserReactivate,
      { kind: 'user', userId, unitId: user.unitId, countyId: user.countyId },
      userId,
    );
    // Nobody works for a unit that was stood down: it is put back first.
    if ((await this.organization.unitFacts([user.unitId])).get(user.unitId)?.active === false)
      throw userUnitInactive();
    await runUserCommand(
      this.executor,
      { type: 'ReactivateUser', userId, context: decisionContextOf(principal, context.now) },
      context,
      { userId },
      (tx) => CredentialsRepository.setActive(tx, userId, true, context.now),
    );
  }
}
