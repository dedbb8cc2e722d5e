import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DatabaseModule, DatabaseUrls } from '@app/database';
import { DemoModule } from '@app/demo';
import { DutyModule } from '@app/duty';
import { EventStoreModule } from '@app/event-store';
import { LiveTopicsModule } from '@app/graphql';
import { InboxModule } from '@app/inbox';
import { IdentityModule } from '@app/identity';
import { DispatchModule } from '@app/dispatch';
import { IncidentsModule } from '@app/incidents';
import { ResponseModule } from '@app/response';
import { OrganizationModule } from '@app/organization';
import { loadLogIntegrity, RuntimeModule } from '@app/runtime';

/** The domain modules without HTTP or live processing: for maintenance commands. */
@Module({})
export class CliModule {
  static forRoot(urls: DatabaseUrls): DynamicModule {
    const identity = IdentityModule.forRoot();
    return {
      module: CliModule,
      imports: [
        RuntimeModule.forRoot({ sealIntervalMs: 0, live: false, integrity: loadLogIntegrity() }),
        DatabaseModule.forRoot(urls, 4),
        EventStoreModule,
        LiveTopicsModule,
        InboxModule,
        OrganizationModule,
        identity,
        IncidentsModule,
        DispatchModule,
        ResponseModule,
        AuditModule,
        DutyModule.forRoot(identity),
        DemoModule.forRoot(identity),
      ],
    };
  }
}
