import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StatementService } from '../statement.service';
import { RejectStatementCommand } from './reject-statement.command';

@CommandHandler(RejectStatementCommand)
export class RejectStatementHandler implements ICommandHandler<RejectStatementCommand, void> {
  constructor(private readonly statements: StatementService) {}

  async execute({
    principal,
    statementId,
    input,
    expectedVersion,
    context,
  }: RejectStatementCommand): Promise<void> {
    await this.statements.step(
      principal,
      context,
      statementId,
      { type: 'RejectStatement', ...input },
      expectedVersion,
    );
  }
}
