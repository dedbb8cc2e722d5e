import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { GuidanceTier, StatementKind } from '../../domain/statement.decider';

export interface DraftStatementFields {
  incidentId: string;
  kind: StatementKind;
  tier: GuidanceTier;
  title: string;
  content: string;
}

/** 起草口径/通稿 on an incident; it goes to the county's propaganda department for approval. Returns its id. */
export class DraftStatementCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: DraftStatementFields,
    readonly context: CommandContext,
  ) {
    super();
  }
}
