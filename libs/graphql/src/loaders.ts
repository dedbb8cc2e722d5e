import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders: one loader per name, created on first use, so that every resolver of a request that
 * asks for (say) the tasks of an incident shares one batched query per list, not one query per incident.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(
    name: string,
    batch: (keys: readonly string[]) => Promise<Map<string, V>>,
    missing: V,
  ): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const found = await batch(keys);
        return keys.map((k) => (found.has(k) ? found.get(k)! : missing));
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** Groups rows by a key, for one-to-many loaders. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** The request's loaders (made on first use; the GraphQL context lives exactly as long as the request). */
export const RequestLoaders = createParamDecorator((_: unknown, context: ExecutionContext): Loaders => {
  const ctx = GqlExecutionContext.create(context).getContext<{ loaders?: Loaders }>();
  ctx.loaders ??= new Loaders();
  return ctx.loaders;
});
