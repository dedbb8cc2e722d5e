import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StatementService } from '../statement.service';
import { PublishStatementCommand } from './publish-statement.command';

@CommandHandler(PublishStatementCommand)
export class PublishStatementHandler implements ICommandHandler<PublishStatementCommand, void> {
  constructor(private readonly statements: StatementService) {}

  async execute({
    principal,
    statementId,
    input,
    expectedVersion,
    context,
  }: PublishStatementCommand): Promise<void> {
    await this.statements.step(
      principal,
      context,
      statementId,
      { type: 'PublishStatement', ...input },
      expectedVersion,
    );
  }
}
