import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/**
 * Issues a source's API key, replacing the one before (更换密钥). Returns the key: the only time it is shown; the
 * platform keeps its SHA-256.
 */
export class RotateIntakeSourceKeyCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly sourceId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
