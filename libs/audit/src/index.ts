export * from './auditor-reads.plugin';
