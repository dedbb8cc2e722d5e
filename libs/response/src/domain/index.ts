/**
 * The library's pure door: its domain vocabulary without Nest, TypeORM or the database, for other libraries'
 * domain folders (the layer rules in .dependency-cruiser.cjs). Everything else enters through ../index.ts.
 */
export * from './statement.decider';
export * from './statement.errors';
export * from './takedown-request.events';
export * from './takedown-request.decider';
export * from './takedown.errors';
