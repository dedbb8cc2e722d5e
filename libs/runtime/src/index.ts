export * from './runtime.module';
export * from './log-integrity-config';
