/**
 * The library's pure door: its domain vocabulary without Nest, TypeORM or the database, for other libraries'
 * domain folders (the layer rules in .dependency-cruiser.cjs). Everything else enters through ../index.ts.
 */
export * from './organization.events';
export { UnitFacts } from './unit.decider';
export * from './deadline-matrix';
export { localGradeOf } from './grade-scales';
