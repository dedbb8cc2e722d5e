import { DynamicModule, Module } from '@nestjs/common';
import { CountersigningService } from './countersigning.service';
import { WitnessController } from './witness.controller';
import { WitnessPeer } from './witness-peers';
import { WITNESS_PEERS } from './witness.tokens';

/**
 * Witnessing other deployments: this deployment countersigns, with its own audit key, the checkpoints of the peers
 * it was told to trust (none by default: the door answers "unknown peer" to everyone).
 */
@Module({})
export class WitnessModule {
  static forRoot(peers: WitnessPeer[]): DynamicModule {
    return {
      module: WitnessModule,
      controllers: [WitnessController],
      providers: [{ provide: WITNESS_PEERS, useValue: peers }, CountersigningService],
    };
  }
}
