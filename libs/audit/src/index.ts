export * from './reads/auditor-reads.plugin';
export { AuditModule } from './audit.module';
export { AuditService } from './queries/audit.service';
export { IncidentLog } from './queries/incident-log';
export * from './export/audit-bundle';
export { BundleExporter } from './export/bundle-exporter';
export { verifyBundle, BundleReport, BundleVerifyOptions } from './export/bundle-verifier';
export { incidentAsOf, IncidentAsOf } from './domain/incident-as-of';
export { BundleCheck, checkBundleFile } from './export/bundle-check';
