import { Decider } from '@app/event-store';
import { ValidationFailed } from '@app/kernel';
import {
  CountyCommand,
  CountyState,
  decideCounty,
  evolveCounty,
  initialCountyState,
} from '../domain/county.decider';
import { CountyEvent, UnitEvent } from '../domain/organization.events';
import {
  decideUnit,
  evolveUnit,
  initialUnitState,
  UnitCommand,
  UnitFacts,
  UnitState,
} from '../domain/unit.decider';

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  decide: decideUnit,
  evolve: evolveUnit,
  initialState: initialUnitState,
};

export const countyDecider: Decider<CountyCommand, CountyEvent, CountyState> = {
  decide: decideCounty,
  evolve: evolveCounty,
  initialState: initialCountyState,
};

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
