import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { IntakeSourceKind } from '../../domain/intake.events';

export interface ConfigureIntakeSourceInput {
  /** Absent: a new source. */
  sourceId?: string | null;
  name: string;
  kind: IntakeSourceKind;
  ownerUnitId: string;
}

/** 线索来源: the county administrator names a monitor, its kind and the unit that owns it. Returns its id. */
export class ConfigureIntakeSourceCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: ConfigureIntakeSourceInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
