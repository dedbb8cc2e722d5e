export * from './clock';
export * from './app-error';
export * from './actor';
export * from './validation';
export * from './beijing-time';
export * from './periodic-task';
export * from './input-text';
export * from './unit-mentions';
