import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StatementService } from '../statement.service';
import { ApproveStatementCommand } from './approve-statement.command';

@CommandHandler(ApproveStatementCommand)
export class ApproveStatementHandler implements ICommandHandler<ApproveStatementCommand, void> {
  constructor(private readonly statements: StatementService) {}

  async execute({
    principal,
    statementId,
    input,
    expectedVersion,
    context,
  }: ApproveStatementCommand): Promise<void> {
    await this.statements.step(
      principal,
      context,
      statementId,
      { type: 'ApproveStatement', ...input },
      expectedVersion,
    );
  }
}
