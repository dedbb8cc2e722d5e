import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What re-binding a second factor asks for: the password and a code of the factor bound now. */
export interface RebindProof {
  currentPassword: string;
  currentCode: string;
}

export interface TotpEnrollment {
  secret: string;
  otpauthUri: string;
}

/**
 * Starts enrolling a second factor: a fresh secret kept as pending until a code confirms it (ConfirmTotpCommand).
 * `address` is where the request came from (proof attempts are counted like sign-ins).
 */
export class StartTotpEnrollmentCommand extends Command<TotpEnrollment> {
  constructor(
    readonly principal: Principal,
    readonly proof: RebindProof | null,
    readonly address: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
