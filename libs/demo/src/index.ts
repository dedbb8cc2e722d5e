export * from './demo-county';
export * from './demo-seeder';
export * from './demo.module';
