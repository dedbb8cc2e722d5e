/** The library's pure door (layer rules): the 考核 vocabulary without Nest, TypeORM or the database. */
export * from './assessment.events';
export * from './assessment.errors';
export * from './assessment-policy.decider';
export * from './unit-day-facts';
export * from './periods';
export * from './scoring';
export * from './incident-breakdown';
