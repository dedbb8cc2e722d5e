import { Command } from '@nestjs/cqrs';
import { Principal, Role } from '@app/access';
import { CommandContext } from '@app/kernel';

export interface RegisterUserInput {
  unitId: string;
  username: string;
  displayName: string;
  roles: Role[];
  initialPassword: string;
  /**
   * The person changes the initial password at the first sign-in (the default). Seeding and an administrator who
   * hands over an account in person may say otherwise.
   */
  passwordTemporary?: boolean;
  /** Seeding passes stable ids. */
  userId?: string;
}

/** Adds a person to a unit (ADMIN of the county centre). Users are never deleted, only deactivated. */
export class RegisterUserCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: RegisterUserInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
