export { DeskModule } from './desk.module';
export * from './domain/desk-item';
