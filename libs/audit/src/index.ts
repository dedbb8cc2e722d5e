export * from './reads/auditor-reads.plugin';
export { AuditModule } from './audit.module';
export { AuditService } from './queries/audit.service';
export { IncidentLog } from './queries/incident-log';
