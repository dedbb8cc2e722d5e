import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { LoginThrottle } from '../../auth/login-throttle';
import { PeopleDirectory } from '../../queries/people-directory';
import { existingUser, runUserCommand } from '../user-stream';
import { UnlockUserSignInCommand } from './unlock-user-sign-in.command';

@CommandHandler(UnlockUserSignInCommand)
export class UnlockUserSignInHandler implements ICommandHandler<UnlockUserSignInCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly people: PeopleDirectory,
    private readonly throttle: LoginThrottle,
  ) {}

  async execute({ principal, userId, reason, context }: UnlockUserSignInCommand): Promise<void> {
    const user = await existingUser(this.people, userId);
    authorize(
      principal,
      Action.UserUnlockSignIn,
      { kind: 'user', userId, unitId: user.unitId, countyId: user.countyId },
      userId,
    );
    const paused = (await this.throttle.pausedUntil(user.username)) !== null;
    await runUserCommand(
      this.executor,
      { type: 'UnlockSignIn', userId, reason, paused, context: decisionContextOf(principal, context.now) },
      context,
      { userId, reason },
      (tx) => LoginThrottle.liftPause(tx, user.username),
    );
  }
}
