import { DynamicModule, Module } from '@nestjs/common';
import { DispatchModule } from '@app/dispatch';
import { ResponseModule } from '@app/response';
import { DeskResolver } from './graphql/desk.resolver';
import { DeskItems } from './queries/desk-items';

/**
 * A person's 待办 across the platform (issue 20 §3): it reads every library that owns something to act on, and no
 * library reads it. `leadership` is the app's one LeadershipModule (a dynamic module built with identity).
 */
@Module({})
export class DeskModule {
  static forRoot(leadership: DynamicModule): DynamicModule {
    return {
      module: DeskModule,
      imports: [DispatchModule, ResponseModule, leadership],
      providers: [DeskItems, DeskResolver],
    };
  }
}
