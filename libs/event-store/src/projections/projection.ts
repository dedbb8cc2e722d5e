import { EntityManager } from 'typeorm';
import { RecordedEvent } from '../event-store.types';

/**
 * A projection turns events into a read model. It is fed in log order, in batches, inside the transaction that
 * also moves its checkpoint, so the model and the checkpoint can never disagree.
 */
export interface Projection {
  /** Stable name; it keys the checkpoint. */
  readonly name: string;
  /** Event types it reads; others only move the checkpoint. Omit to receive everything. */
  readonly eventTypes?: readonly string[];
  apply(events: RecordedEvent[], manager: EntityManager): Promise<void>;
  /** Removes every row of the read model, so that a rebuild starts from nothing. */
  clear(manager: EntityManager): Promise<void>;
  /** Tables of the read model, for tools that compare or describe it. */
  readonly tables: readonly string[];
  /**
   * The definition's version: raise it when the read model's shape or meaning changes, and the runner rebuilds
   * the model from the log at the next start. Defaults to 1.
   */
  readonly version?: number;
}
