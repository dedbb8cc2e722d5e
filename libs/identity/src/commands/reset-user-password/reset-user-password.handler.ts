import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { decisionContextOf, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { hashPassword } from '../../credentials/password-hasher';
import { passwordProblems } from '../../domain/password-policy';
import { PeopleDirectory } from '../../queries/people-directory';
import { passwordSubject } from '../password-subject';
import { existingUser, runUserCommand } from '../user-stream';
import { ResetUserPasswordCommand } from './reset-user-password.command';

@CommandHandler(ResetUserPasswordCommand)
export class ResetUserPasswordHandler implements ICommandHandler<ResetUserPasswordCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly people: PeopleDirectory,
    private readonly organization: OrganizationDirectory,
  ) {}

  async execute({ principal, userId, newPassword, context }: ResetUserPasswordCommand): Promise<void> {
    const user = await existingUser(this.people, userId);
    authorize(
      principal,
      Action.UserResetPassword,
      { kind: 'user', userId, unitId: user.unitId, countyId: user.countyId },
      userId,
    );
    // The rule for the roles held now: someone promoted since their last password gets the longer one here.
    const problems = passwordProblems(
      'input.newPassword',
      newPassword,
      await passwordSubject(this.organization, user),
    );
    if (problems.length) throw new ValidationFailed(problems);
    const hash = await hashPassword(newPassword);
    await runUserCommand(
      this.executor,
      {
        type: 'RecordPasswordChange',
        userId,
        kind: 'RESET',
        context: decisionContextOf(principal, context.now),
      },
      context,
      { userId, at: context.now.toISOString() },
      // A password the administrator knows is the user's to replace at the next sign-in.
      (tx) => CredentialsRepository.setPassword(tx, userId, hash, context.now, true),
    );
  }
}
