import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@app/access';
import { Clock } from '@app/kernel';
import { CredentialsRepository } from '../credentials/credentials.repository';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { newTotpSecret, totpUri } from './totp';

/** Starts enrolment: a fresh secret kept as pending until a code confirms it (ConfirmTotpCommand). */
@Injectable()
export class TotpEnrollmentService {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly clock: Clock,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  async start(p: Principal): Promise<{ secret: string; otpauthUri: string }> {
    const secret = newTotpSecret();
    await this.credentials.setPendingTotp(p.userId, secret, this.clock.now());
    return { secret, otpauthUri: totpUri(this.options.totpIssuer, p.username, secret) };
  }
}
