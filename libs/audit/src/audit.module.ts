import { Module } from '@nestjs/common';
import { IncidentsModule } from '@app/incidents';
import { OrganizationModule } from '@app/organization';
import { BundleExporter } from './export/bundle-exporter';
import { AuditResolver } from './graphql/audit.resolver';
import { AuditService } from './queries/audit.service';
import { IncidentLog } from './queries/incident-log';

/** Audit (DOMAIN §7): histories, past states, deadline compliance, integrity checks and signed exports. */
@Module({
  imports: [IncidentsModule, OrganizationModule],
  providers: [IncidentLog, AuditService, AuditResolver, BundleExporter],
  exports: [AuditService, IncidentLog, BundleExporter],
})
export class AuditModule {}
