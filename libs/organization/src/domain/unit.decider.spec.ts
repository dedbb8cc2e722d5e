import { UnitKind } from '@app/access';
import { AppError } from '@app/kernel';
import { OrganizationEventType } from './organization.events';
import { decideUnit, evolveUnit, initialUnitState, UnitState, UnitTies } from './unit.decider';

const registered = (kind = UnitKind.BUREAU): UnitState =>
  evolveUnit(initialUnitState(), {
    type: OrganizationEventType.UnitRegistered,
    data: { unitId: 'u', kind, name: '清水县旧档案局', parentId: 'cc', countyId: 'c', registeredBy: 'a' },
  });
const NONE: UnitTies = {
  activeChildren: 0,
  activePeople: 0,
  owedTasks: 0,
  unsignedLetters: 0,
  linkageSeat: null,
};
const deactivate = (s: UnitState, ties: Partial<UnitTies> = {}, reason = '并入县档案馆') =>
  decideUnit(
    { type: 'DeactivateUnit', unitId: 'u', reason, ties: { ...NONE, ...ties }, actorUserId: 'a' },
    s,
  );
const refusal = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
};

describe('standing a unit down (停用)', () => {
  it('a unit with nothing left on it is stood down with its reason, and put back into service', () => {
    const [e] = deactivate(registered(), {}, '  并入县档案馆 ');
    expect(e).toEqual({
      type: OrganizationEventType.UnitDeactivated,
      data: { unitId: 'u', reason: '并入县档案馆', deactivatedBy: 'a' },
    });
    const down = evolveUnit(registered(), e);
    expect(down.active).toBe(false);
    const [back] = decideUnit(
      { type: 'ReactivateUnit', unitId: 'u', parentActive: true, actorUserId: 'a' },
      down,
    );
    expect(evolveUnit(down, back).active).toBe(true);
  });

  it('says everything that still hangs on it, and decides nothing', () => {
    const err = refusal(() =>
      deactivate(registered(UnitKind.LINKAGE_DEPT), {
        activeChildren: 2,
        activePeople: 3,
        owedTasks: 1,
        unsignedLetters: 4,
        linkageSeat: '公安',
      }),
    );
    expect(err).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'UNIT.STILL_IN_USE' });
    expect(err.localized.zh).toBe(
      '「清水县旧档案局」尚有 2 个在用的下级单位、3 名在用人员、1 件未交单的工单、4 份未签收的风险提示函、"1+3" 联动中的公安席位，请先处理后再停用',
    );
  });

  it('refuses the county centre and the city office, a second stand-down, a blank reason', () => {
    expect(refusal(() => deactivate(registered(UnitKind.COUNTY_CENTER)))).toMatchObject({
      reason: 'UNIT.CANNOT_DEACTIVATE',
    });
    expect(refusal(() => deactivate(registered(UnitKind.CITY_OFFICE)))).toMatchObject({
      reason: 'UNIT.CANNOT_DEACTIVATE',
    });
    const down = evolveUnit(registered(), deactivate(registered())[0]);
    expect(refusal(() => deactivate(down))).toMatchObject({ reason: 'UNIT.ALREADY_INACTIVE' });
    expect(refusal(() => deactivate(registered(), {}, ' 撤 '))).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('is not put back under a parent that is itself out of service, nor twice', () => {
    const down = evolveUnit(registered(), deactivate(registered())[0]);
    expect(
      refusal(() =>
        decideUnit({ type: 'ReactivateUnit', unitId: 'u', parentActive: false, actorUserId: 'a' }, down),
      ),
    ).toMatchObject({ reason: 'UNIT.PARENT_INACTIVE' });
    expect(
      refusal(() =>
        decideUnit(
          { type: 'ReactivateUnit', unitId: 'u', parentActive: true, actorUserId: 'a' },
          registered(),
        ),
      ),
    ).toMatchObject({ reason: 'UNIT.ALREADY_ACTIVE' });
  });

  it('takes no new sub-unit', () => {
    const err = refusal(() =>
      decideUnit(
        {
          type: 'RegisterUnit',
          unitId: 'v',
          kind: UnitKind.VILLAGE,
          name: '青石村',
          countyId: 'c',
          parent: { unitId: 't', kind: UnitKind.TOWNSHIP, countyId: 'c', active: false },
          countyExists: true,
          actorUserId: 'a',
        },
        initialUnitState(),
      ),
    );
    expect(err.localized.zh).toContain('上级单位已停用');
  });
});

describe('机关代字 (document code)', () => {
  const setCode = (s: UnitState, code: string) =>
    decideUnit({ type: 'SetUnitDocumentCode', unitId: 'u', code, actorUserId: 'a' }, s);

  it('is set, trimmed, remembered with the one it replaces, and setting it again changes nothing', () => {
    const [first] = setCode(registered(), ' 清水档 ');
    expect(first).toEqual({
      type: OrganizationEventType.UnitDocumentCodeSet,
      data: { unitId: 'u', code: '清水档', previousCode: null, setBy: 'a' },
    });
    const s = evolveUnit(registered(), first);
    expect(s.documentCode).toBe('清水档');
    expect(setCode(s, '清水档')).toEqual([]);
    expect(setCode(s, '清档函')[0].data).toMatchObject({ code: '清档函', previousCode: '清水档' });
  });

  it('holds letters only: the year, brackets and number are the system’s', () => {
    for (const bad of ['清', '清水网信〔2026〕', '清水 网信', '清水3号', '清水网信发文代字过长了吧'])
      expect(refusal(() => setCode(registered(), bad)).reason).toBe('INPUT.INVALID');
    expect(refusal(() => setCode(initialUnitState(), '清水档')).reason).toBe('UNIT.NOT_FOUND');
  });
});
