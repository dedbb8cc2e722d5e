export * from './startup-error';
export * from './database-config';
export * from './embedded-postgres';
export * from './prepare-database';
export * from './database.module';
export * from './database-errors';
export * from './database-probe';
export * from './replica-reads';
