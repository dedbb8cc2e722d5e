export * from './clock';
export * from './app-error';
export * from './actor';
export * from './validation';
