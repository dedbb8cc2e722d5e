import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, Principal, Unauthenticated } from '@app/access';
import { ValidationFailed } from '@app/kernel';
import { AUTH_OPTIONS, AuthOptions } from '../../auth/auth-options';
import { LoginThrottle } from '../../auth/login-throttle';
import { acceptTotp, newTotpSecret, totpUri } from '../../auth/totp';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { verifyPassword } from '../../credentials/password-hasher';
import { RebindProof, StartTotpEnrollmentCommand, TotpEnrollment } from './start-totp-enrollment.command';

/**
 * Starts enrolment: a fresh secret kept as pending until a code confirms it (ConfirmTotpCommand). Someone who has a
 * second factor already binds a new one only by proving both factors again — a session alone (a borrowed or stolen
 * one) must not be able to move the second factor to another phone. A lost phone is the administrator's reset.
 */
@CommandHandler(StartTotpEnrollmentCommand)
export class StartTotpEnrollmentHandler implements ICommandHandler<
  StartTotpEnrollmentCommand,
  TotpEnrollment
> {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly throttle: LoginThrottle,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  async execute({
    principal: p,
    proof,
    address,
    context,
  }: StartTotpEnrollmentCommand): Promise<TotpEnrollment> {
    authorize(p, Action.SelfEnrollTotp);
    const row = await this.credentials.findForLogin(p.username);
    if (!row) throw new Unauthenticated();
    if (row.totp_secret) await this.checkProof(p, row, proof, address, context.now);
    const secret = newTotpSecret();
    await this.credentials.setPendingTotp(p.userId, secret, context.now);
    return { secret, otpauthUri: totpUri(this.options.totpIssuer, p.username, secret) };
  }

  private async checkProof(
    p: Principal,
    row: { password_hash: string; totp_secret: string | null; totp_last_step: string },
    proof: RebindProof | null,
    address: string,
    now: Date,
  ): Promise<void> {
    if (!proof)
      throw new ValidationFailed([
        {
          field: 'input',
          message: {
            zh: '已绑定动态口令：重新绑定须输入登录密码和当前动态口令；手机丢失请联系管理员解绑',
            en: 'a second factor is bound: re-binding needs your password and a current code; if the phone is lost, ask your administrator to reset it',
          },
        },
      ]);
    // Counted like sign-ins: this is a place to guess a password too.
    await this.throttle.admit(p.username, address);
    const passwordOk = await verifyPassword(proof.currentPassword, row.password_hash);
    const step = passwordOk
      ? await acceptTotp(row.totp_secret!, proof.currentCode.trim(), now, Number(row.totp_last_step))
      : null;
    if (step === null || !(await this.credentials.consumeTotpStep(p.userId, step)))
      // Not UNAUTHENTICATED: the session is fine, and a console ends a session on that code.
      throw new ValidationFailed([
        {
          field: 'input',
          message: { zh: '登录密码或当前动态口令不正确', en: 'the password or the current code is wrong' },
        },
      ]);
    await this.throttle.succeeded(p.username, address);
  }
}
