import { Injectable } from '@nestjs/common';
import { LoginThrottle } from '../auth/login-throttle';
import { CredentialsRepository } from '../credentials/credentials.repository';

export interface SignInState {
  mustChangePassword: boolean;
  pausedUntil: Date | null;
}

/** Where people stand at sign-in — a password still to change, a pause after wrong ones — for their administrator. */
@Injectable()
export class SignInStates {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly throttle: LoginThrottle,
  ) {}

  /** For a list of people in two queries, keyed by user id. */
  async of(users: { userId: string; username: string }[]): Promise<Map<string, SignInState>> {
    const [mustChange, paused] = await Promise.all([
      this.credentials.mustChangePassword(users.map((u) => u.userId)),
      this.throttle.pausedUntilOf(users.map((u) => u.username)),
    ]);
    return new Map(
      users.map((u) => [
        u.userId,
        { mustChangePassword: mustChange.has(u.userId), pausedUntil: paused.get(u.username) ?? null },
      ]),
    );
  }
}
