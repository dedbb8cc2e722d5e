import { UnitKind } from '@app/access';
import { actingAs, deciderSpec } from '@test/given-when-then';
import { OrganizationEventType, UnitEvent } from './organization.events';
import { UnitCommand, unitDecider, UnitTies } from './unit.decider';

const { given } = deciderSpec(unitDecider);

const ACTOR = actingAs('a');

const registered = (kind = UnitKind.BUREAU): UnitEvent => ({
  type: OrganizationEventType.UnitRegistered,
  data: { unitId: 'u', kind, name: '清水县旧档案局', parentId: 'cc', countyId: 'c', registeredBy: 'a' },
});
const stoodDown: UnitEvent = {
  type: OrganizationEventType.UnitDeactivated,
  data: { unitId: 'u', reason: '并入县档案馆', deactivatedBy: 'a' },
};
const NONE: UnitTies = {
  activeChildren: 0,
  activePeople: 0,
  owedTasks: 0,
  unsignedLetters: 0,
  linkageSeat: null,
};
const deactivate = (ties: Partial<UnitTies> = {}, reason = '并入县档案馆'): UnitCommand => ({
  type: 'DeactivateUnit',
  unitId: 'u',
  reason,
  ties: { ...NONE, ...ties },
  context: ACTOR,
});
const reactivate = (parentActive = true): UnitCommand => ({
  type: 'ReactivateUnit',
  unitId: 'u',
  parentActive,
  context: ACTOR,
});

describe('standing a unit down (停用)', () => {
  it('a unit with nothing left on it is stood down with its reason, and put back into service', () => {
    given([registered()]).when(deactivate({}, '  并入县档案馆 ')).then([stoodDown]);
    given([registered(), stoodDown])
      .when(reactivate())
      .then([{ type: OrganizationEventType.UnitReactivated, data: { unitId: 'u', reactivatedBy: 'a' } }]);
  });

  it('says everything that still hangs on it, and decides nothing', () => {
    const err = given([registered(UnitKind.LINKAGE_DEPT)])
      .when(
        deactivate({
          activeChildren: 2,
          activePeople: 3,
          owedTasks: 1,
          unsignedLetters: 4,
          linkageSeat: '公安',
        }),
      )
      .thenThrows('UNIT.STILL_IN_USE');
    expect(err.code).toBe('INVALID_TRANSITION');
    expect(err.localized.zh).toBe(
      '「清水县旧档案局」尚有 2 个在用的下级单位、3 名在用人员、1 件未交单的工单、4 份未签收的风险提示函、"1+3" 联动中的公安席位，请先处理后再停用',
    );
  });

  it('refuses the county centre and the city office, a second stand-down, a blank reason', () => {
    given([registered(UnitKind.COUNTY_CENTER)])
      .when(deactivate())
      .thenThrows('UNIT.CANNOT_DEACTIVATE');
    given([registered(UnitKind.CITY_OFFICE)])
      .when(deactivate())
      .thenThrows('UNIT.CANNOT_DEACTIVATE');
    given([registered(), stoodDown]).when(deactivate()).thenThrows('UNIT.ALREADY_INACTIVE');
    given([registered()]).when(deactivate({}, ' 撤 ')).thenThrows('INPUT.INVALID', ['input.reason']);
  });

  it('is not put back under a parent that is itself out of service, nor twice', () => {
    given([registered(), stoodDown]).when(reactivate(false)).thenThrows('UNIT.PARENT_INACTIVE');
    given([registered()]).when(reactivate()).thenThrows('UNIT.ALREADY_ACTIVE');
  });

  it('takes no new sub-unit', () => {
    const err = given()
      .when({
        type: 'RegisterUnit',
        unitId: 'v',
        kind: UnitKind.VILLAGE,
        name: '青石村',
        countyId: 'c',
        parent: { unitId: 't', kind: UnitKind.TOWNSHIP, countyId: 'c', active: false },
        countyExists: true,
        context: ACTOR,
      })
      .thenThrows('INPUT.INVALID', ['input.parentId']);
    expect(err.localized.zh).toContain('上级单位已停用');
  });
});

describe('机关代字 (document code)', () => {
  const setCode = (code: string): UnitCommand => ({
    type: 'SetUnitDocumentCode',
    unitId: 'u',
    code,
    context: ACTOR,
  });
  const codeSet = (code: string, previousCode: string | null): UnitEvent => ({
    type: OrganizationEventType.UnitDocumentCodeSet,
    data: { unitId: 'u', code, previousCode, setBy: 'a' },
  });

  it('is set, trimmed, remembered with the one it replaces, and setting it again changes nothing', () => {
    given([registered()])
      .when(setCode(' 清水档 '))
      .then([codeSet('清水档', null)]);
    given([registered(), codeSet('清水档', null)])
      .when(setCode('清水档'))
      .thenNothingHappens();
    given([registered(), codeSet('清水档', null)])
      .when(setCode('清档函'))
      .then([codeSet('清档函', '清水档')]);
  });

  it('holds letters only: the year, brackets and number are the system’s', () => {
    for (const bad of ['清', '清水网信〔2026〕', '清水 网信', '清水3号', '清水网信发文代字过长了吧'])
      given([registered()]).when(setCode(bad)).thenThrows('INPUT.INVALID');
    given([]).when(setCode('清水档')).thenThrows('UNIT.NOT_FOUND');
  });
});
