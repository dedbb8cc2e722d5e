import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { PeopleDirectory } from '../../queries/people-directory';
import { existingUser, runUserCommand } from '../user-stream';
import { ChangeUserRolesCommand } from './change-user-roles.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(ChangeUserRolesCommand)
export class ChangeUserRolesHandler implements ICommandHandler<ChangeUserRolesCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly people: PeopleDirectory,
  ) {}

  async execute({ principal, userId, roles, context }: ChangeUserRolesCommand): Promise<void> {
    const user = await existingUser(this.people, userId);
    authorize(
      principal,
      Action.UserChangeRoles,
      { kind: 'user', userId, unitId: user.unitId, countyId: user.countyId },
      userId,
    );
    await runUserCommand(
      this.executor,
      { type: 'ChangeUserRoles', userId, roles, context: decisionContextOf(principal, context.now) },
      context,
      { userId, roles },
    );
  }
}
