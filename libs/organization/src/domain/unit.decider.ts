import { UNIT_KIND_LABELS, UnitKind } from '@app/access/domain';
import { Decider, DecisionContext, FieldProblem } from '@app/kernel';
import {
  AlreadyExists,
  failIf,
  problem,
  unitAlreadyActive,
  unitAlreadyInactive,
  unitCannotDeactivate,
  UnitNotFound,
  unitParentInactive,
  unitStillInUse,
} from './organization.errors';
import { OrganizationEventType, UnitEvent } from './organization.events';

/** Facts about another unit the decision needs (read before deciding, passed in with the command). */
export interface UnitFacts {
  unitId: string;
  kind: UnitKind;
  countyId: string | null;
  /** False once stood down (停用): it takes no new work and no new sub-units. */
  active: boolean;
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
      context: DecisionContext;
    }
  | { type: 'UpdateUnit'; unitId: string; name: string; parent: UnitFacts | null; context: DecisionContext }
  | {
      type: 'DeactivateUnit';
      unitId: string;
      reason: string;
      /** What still hangs on the unit, read before deciding: any of it keeps the unit in service. */
      ties: UnitTies;
      context: DecisionContext;
    }
  | { type: 'ReactivateUnit'; unitId: string; parentActive: boolean; context: DecisionContext }
  | { type: 'SetUnitDocumentCode'; unitId: string; code: string; context: DecisionContext };

/** What a unit still carries; each must be settled (or moved) before it can be stood down. */
export interface UnitTies {
  activeChildren: number;
  activePeople: number;
  /** Tasks given to it and not handed in (signed for or not). */
  owedTasks: number;
  /** Risk letters sent to it and not signed for. */
  unsignedLetters: number;
  /** The "1+3" seat it holds in its county, if any (e.g. 公安). */
  linkageSeat: string | null;
}

export interface UnitState {
  exists: boolean;
  kind: UnitKind | null;
  name: string;
  parentId: string | null;
  countyId: string | null;
  active: boolean;
  /** 机关代字, once set. */
  documentCode: string | null;
}

export const initialUnitState = (): UnitState => ({
  exists: false,
  kind: null,
  name: '',
  parentId: null,
  countyId: null,
  active: false,
  documentCode: null,
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
  } else if (parent && !parent.active) {
    p.push(problem('input.parentId', '上级单位已停用', 'the parent is out of service'));
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
            registeredBy: c.context.actorUserId,
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
            updatedBy: c.context.actorUserId,
          },
        },
      ];
    }
    case 'DeactivateUnit': {
      if (!s.active) throw unitAlreadyInactive(s.name);
      if (s.kind === UnitKind.COUNTY_CENTER || s.kind === UnitKind.CITY_OFFICE)
        throw unitCannotDeactivate(s.kind);
      const reason = c.reason.trim();
      const n = [...reason].length;
      failIf(
        n < 2 || n > 200
          ? [problem('input.reason', '停用原因须为 2–200 个字', 'must be 2–200 characters')]
          : [],
      );
      const ties = tiesText(c.ties);
      if (ties.zh.length) throw unitStillInUse(s.name, ties, c.ties);
      return [
        {
          type: OrganizationEventType.UnitDeactivated,
          data: { unitId: c.unitId, reason, deactivatedBy: c.context.actorUserId },
        },
      ];
    }
    case 'SetUnitDocumentCode': {
      if (!s.exists) throw new UnitNotFound(c.unitId);
      const code = c.code.trim();
      failIf(documentCodeProblems(code));
      if (code === s.documentCode) return [];
      return [
        {
          type: OrganizationEventType.UnitDocumentCodeSet,
          data: { unitId: c.unitId, code, previousCode: s.documentCode, setBy: c.context.actorUserId },
        },
      ];
    }
    case 'ReactivateUnit': {
      if (s.active) throw unitAlreadyActive(s.name);
      if (!c.parentActive) throw unitParentInactive(s.name);
      return [
        {
          type: OrganizationEventType.UnitReactivated,
          data: { unitId: c.unitId, reactivatedBy: c.context.actorUserId },
        },
      ];
    }
  }
}

/**
 * A 机关代字 is 2–10 characters of Chinese or Latin letters: the year and number are added around it, so it may not
 * hold digits, brackets (〔〕) or 号 of its own, nor spaces.
 */
export function documentCodeProblems(code: string): FieldProblem[] {
  const n = [...code].length;
  if (n < 2 || n > 10)
    return [problem('input.code', '机关代字须为 2–10 个字', 'the document code must be 2–10 characters')];
  if (!/^[\p{Script=Han}A-Za-z]+$/u.test(code) || code.includes('号'))
    return [
      problem(
        'input.code',
        '机关代字只能由汉字或字母组成（年份和序号由系统添加），如「清水网信」',
        'letters or Chinese characters only (the year and number are added), e.g. 清水网信',
      ),
    ];
  return [];
}

/** What keeps a unit in service, in the words the administrator reads (empty: nothing does). */
export function tiesText(t: UnitTies): { zh: string[]; en: string[] } {
  const all: [boolean, string, string][] = [
    [t.activeChildren > 0, `${t.activeChildren} 个在用的下级单位`, `${t.activeChildren} active sub-unit(s)`],
    [t.activePeople > 0, `${t.activePeople} 名在用人员`, `${t.activePeople} active person(s)`],
    [t.owedTasks > 0, `${t.owedTasks} 件未交单的工单`, `${t.owedTasks} task(s) not handed in`],
    [
      t.unsignedLetters > 0,
      `${t.unsignedLetters} 份未签收的风险提示函`,
      `${t.unsignedLetters} unsigned risk letter(s)`,
    ],
    [t.linkageSeat !== null, `"1+3" 联动中的${t.linkageSeat}席位`, `the ${t.linkageSeat} seat of the "1+3"`],
  ];
  const held = all.filter(([on]) => on);
  return { zh: held.map(([, zh]) => zh), en: held.map(([, , en]) => en) };
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
        active: true,
        documentCode: null,
      };
    case OrganizationEventType.UnitUpdated:
      return { ...s, name: e.data.name, parentId: e.data.parentId };
    case OrganizationEventType.UnitDeactivated:
      return { ...s, active: false };
    case OrganizationEventType.UnitReactivated:
      return { ...s, active: true };
    case OrganizationEventType.UnitDocumentCodeSet:
      return { ...s, documentCode: e.data.code };
  }
}

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  decide: decideUnit,
  evolve: evolveUnit,
  initialState: initialUnitState,
};
