import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { SpreadFigures } from '../../domain/incident.events';

/** What the caller says; the handler adds the county's criteria. */
export interface RecordSpreadReadingFields {
  spread: SpreadFigures;
  observedAt: Date;
}

/** 记录传播数据: the centre adds the figures it reads now, beside the first (issue 23). */
export class RecordSpreadReadingCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: RecordSpreadReadingFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
