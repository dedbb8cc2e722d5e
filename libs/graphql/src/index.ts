export * from './pagination';
export * from './error-formatter';
export * from './graphql-exception.filter';
export * from './loaders';
export * from './live-topics';
export * from './labelled-enum';
export * from './input-text.pipe';
export * from './date-time.scalar';
