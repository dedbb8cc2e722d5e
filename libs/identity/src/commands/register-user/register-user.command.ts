import { Command } from '@nestjs/cqrs';
import { Principal, Role } from '@app/access';
import { CommandContext } from '@app/kernel';

export interface RegisterUserInput {
  unitId: string;
  username: string;
  displayName: string;
  roles: Role[];
  initialPassword: string;
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
