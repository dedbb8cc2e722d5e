import { Role, UnitKind } from '@app/access/domain';
import { actingAs, deciderSpec } from '@test/given-when-then';
import { CountyCommand, countyDecider } from './county.decider';
import {
  CountyEvent,
  DEFAULT_COUNTY_DEADLINES,
  LinkageRoles,
  OrganizationEventType,
} from './organization.events';
import { UnitFacts } from './unit.decider';

/**
 * A county (县) is established once; its "1+3" linkage (004 §五(二)) names a propaganda department and three distinct
 * linkage departments of the county, in service; its rules for the "N", deadlines and threshold are its own.
 */
const { given } = deciderSpec(countyDecider);

const ADMIN = actingAs('admin');

const unit = (unitId: string, kind: UnitKind, over: Partial<UnitFacts> = {}): UnitFacts => ({
  unitId,
  kind,
  countyId: 'qingshui',
  active: true,
  ...over,
});
const UNITS = new Map(
  [
    unit('propaganda', UnitKind.PROPAGANDA_DEPT),
    unit('cyberspace', UnitKind.LINKAGE_DEPT),
    unit('police', UnitKind.LINKAGE_DEPT),
    unit('security', UnitKind.LINKAGE_DEPT),
    unit('land-bureau', UnitKind.BUREAU),
    unit('stood-down', UnitKind.BUREAU, { active: false }),
    unit('elsewhere-police', UnitKind.LINKAGE_DEPT, { countyId: 'other' }),
  ].map((u) => [u.unitId, u]),
);
const ROLES: LinkageRoles = {
  propagandaUnitId: 'propaganda',
  cyberspaceUnitId: 'cyberspace',
  policeUnitId: 'police',
  stateSecurityUnitId: 'security',
};

const established: CountyEvent = {
  type: OrganizationEventType.CountyEstablished,
  data: { countyId: 'qingshui', name: '清水县', cityOfficeUnitId: 'city', establishedBy: 'admin' },
};
const establish = (name = ' 清水县 '): CountyCommand => ({
  type: 'EstablishCounty',
  countyId: 'qingshui',
  name,
  cityOfficeUnitId: 'city',
  context: ADMIN,
});
const assign = (roles: Partial<LinkageRoles> = {}): CountyCommand => ({
  type: 'AssignLinkageRoles',
  countyId: 'qingshui',
  roles: { ...ROLES, ...roles },
  units: UNITS,
  context: ADMIN,
});

describe('establishing a county', () => {
  it('records its trimmed name and the city office above it', () => {
    given().when(establish()).then([established]);
  });

  it('is once', () => {
    given([established]).when(establish()).thenThrows('ORGANIZATION.ALREADY_EXISTS');
  });

  it('needs a name of 1–50 characters', () => {
    given().when(establish('  ')).thenThrows('INPUT.INVALID', ['input.name']);
    given()
      .when(establish('县'.repeat(51)))
      .thenThrows('INPUT.INVALID', ['input.name']);
  });
});

describe('the "1+3" linkage', () => {
  it('is assigned to the propaganda department and three linkage departments of the county', () => {
    given([established])
      .when(assign())
      .then([
        {
          type: OrganizationEventType.LinkageRolesAssigned,
          data: { countyId: 'qingshui', ...ROLES, assignedBy: 'admin' },
        },
      ]);
  });

  it('refuses a seat held by the wrong kind of unit, a unit of another county, or one stood down', () => {
    given([established])
      .when(assign({ propagandaUnitId: 'land-bureau' }))
      .thenThrows('INPUT.INVALID', ['input.propagandaUnitId']);
    given([established])
      .when(assign({ policeUnitId: 'elsewhere-police' }))
      .thenThrows('INPUT.INVALID', ['input.policeUnitId']);
    given([established])
      .when(assign({ stateSecurityUnitId: 'stood-down' }))
      .thenThrows('INPUT.INVALID', ['input.stateSecurityUnitId']);
  });

  it('needs three different units for cyberspace, police and state security', () => {
    given([established])
      .when(assign({ policeUnitId: 'cyberspace' }))
      .thenThrows('INPUT.INVALID', ['input']);
  });
});

describe('the county’s own rules', () => {
  it('brings in the "N" by field: units of the county in service, one rule per field, each unit once', () => {
    const rules = (r: { field: string; unitIds: string[] }[]): CountyCommand => ({
      type: 'SetLinkageFieldRules',
      countyId: 'qingshui',
      rules: r,
      units: UNITS,
      context: ADMIN,
    });
    given([established])
      .when(rules([{ field: '征地拆迁', unitIds: ['land-bureau', 'land-bureau'] }]))
      .then([
        {
          type: OrganizationEventType.LinkageFieldRulesSet,
          data: {
            countyId: 'qingshui',
            rules: [{ field: '征地拆迁', unitIds: ['land-bureau'] }],
            setBy: 'admin',
          },
        },
      ]);
    given([established])
      .when(rules([{ field: '征地拆迁', unitIds: ['elsewhere-police', 'stood-down'] }]))
      .thenThrows('INPUT.INVALID', ['input.rules[0].unitIds[0]', 'input.rules[0].unitIds[1]']);
    given([established])
      .when(
        rules([
          { field: '征地拆迁', unitIds: ['land-bureau'] },
          { field: '征地拆迁', unitIds: ['police'] },
        ]),
      )
      .thenThrows('INPUT.INVALID', ['input.rules']);
  });

  it('never lets written feedback fall due after the hard limit (002, 003)', () => {
    const policy = (feedbackHours: number, hardCapHours: number): CountyCommand => ({
      type: 'SetDeadlinePolicy',
      countyId: 'qingshui',
      deadlines: { ...DEFAULT_COUNTY_DEADLINES, feedbackHours, hardCapHours },
      context: ADMIN,
    });
    given([established])
      .when(policy(12, 24))
      .then((events) => {
        expect(events).toHaveLength(1);
        expect(events[0].data).toMatchObject({ feedbackHours: 12, hardCapHours: 24, setBy: 'admin' });
      });
    given([established]).when(policy(30, 24)).thenThrows('INPUT.INVALID', ['input.hardCapHours']);
    given([established]).when(policy(0, 24)).thenThrows('INPUT.INVALID', ['input.feedbackHours']);
  });

  it('activates linkage from a grade I–IV', () => {
    const threshold = (grade: string): CountyCommand => ({
      type: 'SetLinkageThreshold',
      countyId: 'qingshui',
      grade,
      context: ADMIN,
    });
    given([established])
      .when(threshold('III'))
      .then([
        {
          type: OrganizationEventType.LinkageThresholdSet,
          data: { countyId: 'qingshui', grade: 'III', setBy: 'admin' },
        },
      ]);
    given([established]).when(threshold('V')).thenThrows('INPUT.INVALID', ['input.grade']);
  });

  it('names each role that must sign in with a second factor once (等保 level 3)', () => {
    given([established])
      .when({
        type: 'SetSecurityPolicy',
        countyId: 'qingshui',
        requireTotpRoles: [Role.LEADER, Role.ADMIN, Role.LEADER],
        context: ADMIN,
      })
      .then([
        {
          type: OrganizationEventType.SecurityPolicySet,
          data: { countyId: 'qingshui', requireTotpRoles: [Role.ADMIN, Role.LEADER], setBy: 'admin' },
        },
      ]);
  });
});

describe('units’ own grade scales (002 小微/中级/重大, 003 一般/重大/特大)', () => {
  const set = (
    scales: { name: string; levels: { label: string; grades: string[] }[]; unitIds: string[] }[],
  ) =>
    given([established]).when({
      type: 'SetGradeScales',
      countyId: 'qingshui',
      scales,
      units: UNITS,
      context: ADMIN,
    });
  const JUSTICE = {
    name: ' 司法局三级分类 ',
    levels: [
      { label: '小微舆情', grades: ['IV'] },
      { label: '中级舆情', grades: ['III'] },
      { label: ' 重大舆情 ', grades: ['I', 'II'] },
    ],
    unitIds: ['land-bureau', 'land-bureau'],
  };

  it('maps each level onto the county’s grades, every grade in one level, trimmed and in the county’s order', () => {
    set([JUSTICE]).then([
      {
        type: OrganizationEventType.GradeScalesSet,
        data: {
          countyId: 'qingshui',
          scales: [
            {
              name: '司法局三级分类',
              levels: [
                { label: '小微舆情', grades: ['IV'] },
                { label: '中级舆情', grades: ['III'] },
                { label: '重大舆情', grades: ['I', 'II'] },
              ],
              unitIds: ['land-bureau'],
            },
          ],
          setBy: 'admin',
        },
      },
    ]);
  });

  it('refuses a grade left out or in two levels, a repeated level, and units not the county’s or stood down', () => {
    set([{ ...JUSTICE, levels: [JUSTICE.levels[0], JUSTICE.levels[2]] }]).thenThrows('INPUT.INVALID', [
      'input.scales[0].levels',
    ]);
    set([
      {
        ...JUSTICE,
        levels: [...JUSTICE.levels.slice(0, 2), { label: '中级舆情', grades: ['III', 'II', 'I'] }],
      },
    ]).thenThrows('INPUT.INVALID', ['input.scales[0].levels[2].label', 'input.scales[0].levels']);
    set([{ ...JUSTICE, unitIds: ['elsewhere-police', 'stood-down'] }]).thenThrows('INPUT.INVALID', [
      'input.scales[0].unitIds[0]',
      'input.scales[0].unitIds[1]',
    ]);
  });

  it('gives a unit one scale at most, each scale its own name', () => {
    set([JUSTICE, { ...JUSTICE, name: '扶贫办三级分类', unitIds: ['police', 'land-bureau'] }]).thenThrows(
      'INPUT.INVALID',
      ['input.scales[1].unitIds[1]'],
    );
    set([JUSTICE, { ...JUSTICE, unitIds: ['police'] }]).thenThrows('INPUT.INVALID', ['input.scales[1].name']);
  });
});
