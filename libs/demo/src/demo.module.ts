import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { IdentityModule } from '@app/identity';
import { OrganizationModule } from '@app/organization';
import { DemoSeeder } from './demo-seeder';

/** The demo county seeder; `identity` must be the same IdentityModule instance the application imports. */
@Module({})
export class DemoModule {
  static forRoot(identity: DynamicModule = IdentityModule.forRoot()): DynamicModule {
    return {
      module: DemoModule,
      imports: [CqrsModule, OrganizationModule, identity],
      providers: [DemoSeeder],
      exports: [DemoSeeder],
    };
  }
}
