import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says; the handler adds the facts the decider needs. */
export type FileIncidentReviewFields = {
  cause: string;
  spread: string;
  result: string;
  experience: string;
  problems: string;
};

/** 总结评估: the post-incident review, filed once after closing. */
export class FileIncidentReviewCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: FileIncidentReviewFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
