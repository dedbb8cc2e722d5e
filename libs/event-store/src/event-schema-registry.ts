/** Turns a payload stored at schema version `n` into version `n + 1`. Pure: no I/O, no clock. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

interface EventSchema {
  currentVersion: number;
  /** upcasters[n] lifts a version-n payload to version n+1. */
  upcasters: Map<number, Upcaster>;
}

/**
 * Event types declare their current schema version; registered upcasters turn older stored payloads into the
 * current shape on read. Stored events are never rewritten (their hashes cover the stored form).
 */
export class EventSchemaRegistry {
  private readonly schemas = new Map<string, EventSchema>();

  /**
   * Declares an event type. `upcasters` maps a stored version to the function lifting it by one version;
   * every version from 1 up to `currentVersion - 1` needs one.
   */
  define(type: string, currentVersion = 1, upcasters: Record<number, Upcaster> = {}): this {
    if (!Number.isInteger(currentVersion) || currentVersion < 1)
      throw new Error(`${type}: bad schema version`);
    for (let v = 1; v < currentVersion; v++) {
      if (!upcasters[v]) throw new Error(`${type}: missing upcaster from v${v} to v${v + 1}`);
    }
    const existing = this.schemas.get(type);
    if (existing && existing.currentVersion !== currentVersion) {
      throw new Error(`${type} is already defined with schema version ${existing.currentVersion}`);
    }
    this.schemas.set(type, {
      currentVersion,
      upcasters: new Map(Object.entries(upcasters).map(([k, f]) => [Number(k), f])),
    });
    return this;
  }

  /** The declared event types (for tools that compare what two processes know). */
  types(): string[] {
    return [...this.schemas.keys()];
  }

  currentVersion(type: string): number {
    return this.schemas.get(type)?.currentVersion ?? 1;
  }

  upcast(
    type: string,
    storedVersion: number,
    data: Record<string, unknown>,
  ): { version: number; data: Record<string, unknown> } {
    const schema = this.schemas.get(type);
    if (!schema || storedVersion >= schema.currentVersion) return { version: storedVersion, data };
    let current = data;
    for (let v = storedVersion; v < schema.currentVersion; v++) {
      const up = schema.upcasters.get(v);
      if (!up) throw new Error(`${type}: no upcaster from v${v}`);
      current = up(current);
    }
    return { version: schema.currentVersion, data: current };
  }
}
