export { IntakeModule } from './intake.module';
export * from './domain/intake.events';
export * from './domain/intake.errors';
export { INTAKE_KEY_HEADER } from './http/intake.controller';
