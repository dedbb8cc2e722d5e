import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { decisionContextOf, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { LoginThrottle } from '../../auth/login-throttle';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { hashPassword, verifyPassword } from '../../credentials/password-hasher';
import { wrongCurrentPassword } from '../../domain/identity.errors';
import { passwordProblems } from '../../domain/password-policy';
import { passwordSubject } from '../password-subject';
import { runUserCommand } from '../user-stream';
import { ChangeOwnPasswordCommand } from './change-own-password.command';

@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly credentials: CredentialsRepository,
    private readonly throttle: LoginThrottle,
    private readonly organization: OrganizationDirectory,
  ) {}

  async execute({
    principal,
    currentPassword,
    newPassword,
    address,
    context,
  }: ChangeOwnPasswordCommand): Promise<void> {
    authorize(principal, Action.SelfChangePassword);
    // Someone holding a stolen session could guess the password here instead of at sign-in: same counts.
    await this.throttle.admit(principal.username, address);
    const stored = await this.credentials.passwordHash(principal.userId);
    if (!stored || !(await verifyPassword(currentPassword, stored))) {
      throw wrongCurrentPassword();
    }
    await this.throttle.succeeded(principal.username, address);
    const problems = passwordProblems(
      'input.newPassword',
      newPassword,
      await passwordSubject(this.organization, principal),
    );
    if (newPassword === currentPassword)
      problems.push({
        field: 'input.newPassword',
        message: { zh: '新密码不能与当前密码相同', en: 'must differ from the current password' },
      });
    if (problems.length) throw new ValidationFailed(problems);
    const hash = await hashPassword(newPassword);
    const userId = principal.userId;
    await runUserCommand(
      this.executor,
      {
        type: 'RecordPasswordChange',
        userId,
        kind: 'SELF',
        context: decisionContextOf(principal, context.now),
      },
      context,
      { userId, at: context.now.toISOString() },
      (tx) => CredentialsRepository.setPassword(tx, userId, hash, context.now, false),
    );
  }
}
