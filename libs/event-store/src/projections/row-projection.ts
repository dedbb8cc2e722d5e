import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { RecordedEvent } from '../event-store.types';
import { Projection } from './projection';

export interface RowProjectionOptions<R extends ObjectLiteral> {
  name: string;
  entity: EntityTarget<R>;
  table: string;
  /** The primary-key property of a row. */
  keyProperty: keyof R & string;
  eventTypes: string[];
  /** Definition version (see Projection.version). */
  version?: number;
  /** Which row an event concerns. */
  keyOf(event: RecordedEvent): string;
  /**
   * Folds one event into a row (undefined: no row yet). Must be pure and take times from the event, never the
   * clock, so that a rebuild gives exactly the live content.
   */
  apply(row: R | undefined, event: RecordedEvent): R | undefined;
}

/**
 * A read model with one row per key (per aggregate, usually). Costs two statements per batch whatever its size:
 * load the rows the batch touches, upsert them.
 */
export class RowProjection<R extends ObjectLiteral> implements Projection {
  readonly name: string;
  readonly tables: string[];
  readonly eventTypes: string[];
  readonly version: number;

  constructor(private readonly o: RowProjectionOptions<R>) {
    this.name = o.name;
    this.tables = [o.table];
    this.eventTypes = o.eventTypes;
    this.version = o.version ?? 1;
  }

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    const keys = [...new Set(events.map((e) => this.o.keyOf(e)))];
    const rows = await manager.findBy(this.o.entity, { [this.o.keyProperty]: In(keys) } as never);
    const byKey = new Map<string, R>(rows.map((r) => [String(r[this.o.keyProperty]), r]));
    const touched = new Set<string>();
    for (const e of events) {
      const key = this.o.keyOf(e);
      const next = this.o.apply(byKey.get(key), e);
      if (next) {
        byKey.set(key, next);
        touched.add(key);
      }
    }
    if (touched.size)
      await manager.upsert(
        this.o.entity,
        [...touched].map((k) => byKey.get(k)!),
        [this.o.keyProperty],
      );
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM ${this.o.table}`);
  }
}
