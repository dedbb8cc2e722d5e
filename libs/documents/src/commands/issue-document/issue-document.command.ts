import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { IssueDocumentInput } from '../../document.service';

/** 发文: turn one of the unit's records into an official document; answers the document's id. */
export class IssueDocumentCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: IssueDocumentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
