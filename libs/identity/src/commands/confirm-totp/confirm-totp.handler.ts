import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { ValidationFailed } from '@app/kernel';
import { acceptTotp } from '../../auth/totp';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { runUserCommand } from '../user-stream';
import { ConfirmTotpCommand } from './confirm-totp.command';

@CommandHandler(ConfirmTotpCommand)
export class ConfirmTotpHandler implements ICommandHandler<ConfirmTotpCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly credentials: CredentialsRepository,
  ) {}

  async execute({ principal, code, context }: ConfirmTotpCommand): Promise<void> {
    authorize(principal, Action.SelfEnrollTotp);
    const pending = await this.credentials.pendingTotpSecret(principal.userId);
    const step = pending ? await acceptTotp(pending, code.trim(), context.now, 0) : null;
    if (step === null) {
      throw new ValidationFailed([
        {
          field: 'code',
          message: pending
            ? { zh: '动态口令不正确，请重试', en: 'the code is wrong; try again' }
            : { zh: '请先开始绑定', en: 'start enrolment first' },
        },
      ]);
    }
    const userId = principal.userId;
    await runUserCommand(
      this.executor,
      { type: 'RecordTotpEnrolment', userId },
      context,
      { userId, step },
      async (tx) => {
        await CredentialsRepository.enableTotp(tx, userId, context.now);
        await tx.query(`UPDATE user_credentials SET totp_last_step = $2 WHERE user_id = $1`, [userId, step]);
      },
    );
  }
}
