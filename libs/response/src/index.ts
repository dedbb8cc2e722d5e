export * from './response.module';
export * from './domain/statement.decider';
export * from './domain/statement.errors';
export { StatementView } from './projections/statement-view.entity';
export { StatementService, statementTarget } from './commands/statement.service';
export { StatementsAwaiting, StatementAwaiting } from './queries/statements-awaiting';
export { StatementType, toStatementType } from './graphql/response.graphql';
