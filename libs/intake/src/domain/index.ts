/** The library's pure door (layer rules): intake's vocabulary without Nest, TypeORM or the database. */
export * from './intake.events';
export * from './intake.errors';
export * from './url-normalization';
export * from './intake-item.validation';
export * from './intake-source.decider';
export * from './intake-item.decider';
export * from './near-duplicate';
export * from './intake-import';
export * from './watch-list.decider';
export * from './watch-match';
export * from './near-duplicate.sample';
