export * from './response.module';
export * from './domain/statement.decider';
export { StatementView } from './projections/statement-view.entity';
