import { registerEnumType } from '@nestjs/graphql';
import { LocalizedMessage } from '@app/kernel';

/**
 * Registers an enum for the schema. Values stay English identifiers; each carries its Chinese label (and English)
 * as its description, which is where clients (the console) read the labels from.
 */
export function registerLabelledEnum<E extends string>(
  enumRef: Record<string, E>,
  name: string,
  description: string,
  labels: Record<E, LocalizedMessage>,
): void {
  registerEnumType(enumRef, {
    name,
    description,
    valuesMap: Object.fromEntries(
      Object.values(enumRef).map((v) => [v, { description: `${labels[v].zh} / ${labels[v].en}` }]),
    ),
  });
}
