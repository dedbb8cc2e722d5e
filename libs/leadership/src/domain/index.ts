/** The library's pure door (layer rules): the leadership vocabulary without Nest, TypeORM or the database. */
export * from './leadership.events';
export * from './leadership.errors';
export * from './leaders-in-charge';
export * from './county-leaders.decider';
export * from './leader-instruction.decider';
export * from './handling-plan.events';
export * from './handling-plan.decider';
