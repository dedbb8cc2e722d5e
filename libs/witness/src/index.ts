export * from './witness.module';
export * from './witness-peers';
export * from './http-independent-witness';
