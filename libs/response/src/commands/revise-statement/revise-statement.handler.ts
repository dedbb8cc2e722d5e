import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StatementService } from '../statement.service';
import { ReviseStatementCommand } from './revise-statement.command';

@CommandHandler(ReviseStatementCommand)
export class ReviseStatementHandler implements ICommandHandler<ReviseStatementCommand, void> {
  constructor(private readonly statements: StatementService) {}

  async execute({
    principal,
    statementId,
    input,
    expectedVersion,
    context,
  }: ReviseStatementCommand): Promise<void> {
    await this.statements.step(
      principal,
      context,
      statementId,
      { type: 'ReviseStatement', ...input },
      expectedVersion,
    );
  }
}
