import { UNIT_KIND_LABELS, UnitKind } from '@app/access';
import { FieldProblem } from '@app/kernel';
import { AlreadyExists, failIf, problem } from './organization.errors';
import { OrganizationEventType, UnitEvent } from './organization.events';

/** Facts about another unit the decision needs (read before deciding, passed in with the command). */
export interface UnitFacts {
  unitId: string;
  kind: UnitKind;
  countyId: string | null;
}

export type UnitCommand =
  | {
      type: 'RegisterUnit';
      unitId: string;
      kind: UnitKind;
      name: string;
      countyId: string | null;
      parent: UnitFacts | null;
      countyExists: boolean;
      actorUserId: string;
    }
  | { type: 'UpdateUnit'; unitId: string; name: string; parent: UnitFacts | null; actorUserId: string };

export interface UnitState {
  exists: boolean;
  kind: UnitKind | null;
  name: string;
  parentId: string | null;
  countyId: string | null;
}

export const initialUnitState = (): UnitState => ({
  exists: false,
  kind: null,
  name: '',
  parentId: null,
  countyId: null,
});

/** Where a unit may hang in the tree (DOMAIN §1: city → county units → townships → villages). */
const PARENT_KINDS: Record<UnitKind, (UnitKind | null)[]> = {
  CITY_OFFICE: [null],
  COUNTY_CENTER: [null, UnitKind.CITY_OFFICE],
  PROPAGANDA_DEPT: [UnitKind.COUNTY_CENTER],
  LINKAGE_DEPT: [UnitKind.COUNTY_CENTER],
  BUREAU: [UnitKind.COUNTY_CENTER],
  TOWNSHIP: [UnitKind.COUNTY_CENTER],
  VILLAGE: [UnitKind.TOWNSHIP],
};

function placement(
  kind: UnitKind,
  countyId: string | null,
  parent: UnitFacts | null,
  countyExists: boolean,
): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (kind === UnitKind.CITY_OFFICE) {
    if (countyId !== null)
      p.push(problem('input.countyId', '市委网信办不属于任何县', 'a city office belongs to no county'));
  } else if (!countyId || !countyExists) {
    p.push(problem('input.countyId', '所属县不存在', 'the county does not exist'));
  }
  if (!PARENT_KINDS[kind].includes(parent?.kind ?? null)) {
    const allowed = PARENT_KINDS[kind].map((k) => (k ? UNIT_KIND_LABELS[k].zh : '（无上级）')).join('或');
    p.push(
      problem(
        'input.parentId',
        `「${UNIT_KIND_LABELS[kind].zh}」的上级须为${allowed}`,
        `a ${UNIT_KIND_LABELS[kind].en} must sit under: ${PARENT_KINDS[kind].map((k) => (k ? UNIT_KIND_LABELS[k].en : 'nothing')).join(', ')}`,
      ),
    );
  } else if (parent && parent.kind !== UnitKind.CITY_OFFICE && parent.countyId !== countyId) {
    p.push(problem('input.parentId', '上级单位须属于同一个县', 'the parent must belong to the same county'));
  }
  return p;
}

function nameProblems(name: string): FieldProblem[] {
  const n = [...name.trim()].length;
  return n < 1 || n > 100 ? [problem('input.name', '名称须为 1–100 个字', 'must be 1–100 characters')] : [];
}

export function decideUnit(c: UnitCommand, s: UnitState): UnitEvent[] {
  switch (c.type) {
    case 'RegisterUnit': {
      if (s.exists) throw new AlreadyExists({ zh: '单位', en: 'Unit' }, c.unitId);
      failIf([...nameProblems(c.name), ...placement(c.kind, c.countyId, c.parent, c.countyExists)]);
      return [
        {
          type: OrganizationEventType.UnitRegistered,
          data: {
            unitId: c.unitId,
            kind: c.kind,
            name: c.name.trim(),
            parentId: c.parent?.unitId ?? null,
            countyId: c.countyId,
            registeredBy: c.actorUserId,
          },
        },
      ];
    }
    case 'UpdateUnit': {
      const problems = [...nameProblems(c.name), ...placement(s.kind!, s.countyId, c.parent, true)];
      if (c.parent?.unitId === c.unitId)
        problems.push(problem('input.parentId', '不能以自身为上级', 'cannot be its own parent'));
      failIf(problems);
      if (c.name.trim() === s.name && (c.parent?.unitId ?? null) === s.parentId) return [];
      return [
        {
          type: OrganizationEventType.UnitUpdated,
          data: {
            unitId: c.unitId,
            name: c.name.trim(),
            parentId: c.parent?.unitId ?? null,
            previousName: s.name,
            previousParentId: s.parentId,
            updatedBy: c.actorUserId,
          },
        },
      ];
    }
  }
}

export function evolveUnit(s: UnitState, e: UnitEvent): UnitState {
  switch (e.type) {
    case OrganizationEventType.UnitRegistered:
      return {
        exists: true,
        kind: e.data.kind,
        name: e.data.name,
        parentId: e.data.parentId,
        countyId: e.data.countyId,
      };
    case OrganizationEventType.UnitUpdated:
      return { ...s, name: e.data.name, parentId: e.data.parentId };
  }
}
