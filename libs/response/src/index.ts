export * from './response.module';
export * from './domain/statement.decider';
export * from './domain/statement.errors';
export { StatementView } from './projections/statement-view.entity';
export { StatementService, statementTarget } from './commands/statement.service';
