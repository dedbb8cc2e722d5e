import { ValidationFailed } from '@app/kernel';
import { UnitFacts } from '../domain/unit.decider';

/** The deciders live beside decide/evolve in domain/; re-exported here for the handlers. */
export { countyDecider } from '../domain/county.decider';
export { unitDecider } from '../domain/unit.decider';

/** The named parent, which must exist. */
export function parentFacts(
  facts: Map<string, UnitFacts>,
  parentId: string | null | undefined,
): UnitFacts | null {
  if (!parentId) return null;
  const parent = facts.get(parentId);
  if (!parent) {
    throw new ValidationFailed([
      {
        field: 'input.parentId',
        message: { zh: `上级单位不存在（${parentId}）`, en: `no such parent unit (${parentId})` },
      },
    ]);
  }
  return parent;
}
