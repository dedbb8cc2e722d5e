import { UnitKind } from '@app/access/domain';
import { givenEvents } from '@test/given-when-then';
import { CalendarFile } from '@app/calendar/domain';
import {
  CountyEvent,
  DeadlinePolicySetData,
  OrganizationEventType,
  UnitEvent,
} from '../domain/organization.events';
import { applyToCountyView, applyToUnitView } from './organization.projections';

/** unit_view as its fold builds it: a unit in service until stood down, with the reason and the moment it was. */
const registered: UnitEvent = {
  type: OrganizationEventType.UnitRegistered,
  data: {
    unitId: 'archive',
    kind: UnitKind.BUREAU,
    name: '清水县档案局',
    parentId: 'centre',
    countyId: 'qingshui',
    registeredBy: 'admin',
  },
};
const renamed: UnitEvent = {
  type: OrganizationEventType.UnitUpdated,
  data: {
    unitId: 'archive',
    name: '清水县档案馆',
    parentId: 'centre',
    previousName: '清水县档案局',
    previousParentId: 'centre',
    updatedBy: 'admin',
  },
};
const stoodDown: UnitEvent = {
  type: OrganizationEventType.UnitDeactivated,
  data: { unitId: 'archive', reason: '并入县档案馆', deactivatedBy: 'admin' },
};
const back: UnitEvent = {
  type: OrganizationEventType.UnitReactivated,
  data: { unitId: 'archive', reactivatedBy: 'admin' },
};
const from = new Date('2026-03-02T01:00:00Z');
const minute = (n: number) => new Date(from.getTime() + n * 60_000);

it('registers a unit in service, under its parent, in its county', () => {
  givenEvents([registered], { from }).project(applyToUnitView).then({
    unitId: 'archive',
    active: true,
    parentId: 'centre',
    countyId: 'qingshui',
    createdAt: from,
    version: 1,
  });
});

it('keeps a new name', () => {
  givenEvents([registered, renamed], { from })
    .project(applyToUnitView)
    .then({ name: '清水县档案馆', version: 2 });
});

it('stands a unit down with the reason and the moment, and back into service without them', () => {
  givenEvents([registered, stoodDown], { from })
    .project(applyToUnitView)
    .then({ active: false, deactivatedReason: '并入县档案馆', deactivatedAt: minute(1) });
  givenEvents([registered, stoodDown, back], { from })
    .project(applyToUnitView)
    .then({ active: true, deactivatedReason: null, deactivatedAt: null, version: 3, updatedAt: minute(2) });
});

it('makes no row from a change to a unit it never saw registered', () => {
  givenEvents([renamed, stoodDown]).project(applyToUnitView).then(undefined);
});

/** county_view as its fold builds it: the county's linkage roles, its deadline policy by version, its calendar. */
describe('county_view', () => {
  const established: CountyEvent = {
    type: OrganizationEventType.CountyEstablished,
    data: { countyId: 'qingshui', name: '清水县', cityOfficeUnitId: 'city', establishedBy: 'admin' },
  };
  const deadlines = (feedbackHours: number, extra: Partial<DeadlinePolicySetData> = {}): CountyEvent => ({
    type: OrganizationEventType.DeadlinePolicySet,
    data: {
      countyId: 'qingshui',
      feedbackHours,
      hardCapHours: 24,
      defaultHours: 24,
      sameDayForInquiries: true,
      setBy: 'admin',
      ...extra,
    } as DeadlinePolicySetData,
  });
  const calendar = (years: CalendarFile['years']): CountyEvent => ({
    type: OrganizationEventType.HolidayCalendarLoaded,
    data: {
      countyId: 'qingshui',
      loadedBy: 'admin',
      calendar: {
        format: 'yuqing-holiday-calendar/1',
        timeZone: 'Asia/Shanghai',
        workingHours: [['08:30', '12:00']],
        years,
      },
    },
  });
  const year = (source: string) => ({ source, verified: true, holidays: [], makeUpWorkdays: [] });

  it('an established county has no policy of its own yet', () => {
    givenEvents([established], { from }).project(applyToCountyView).then({
      countyId: 'qingshui',
      name: '清水县',
      deadlinePolicy: null,
      linkageThresholdGrade: null,
      version: 1,
    });
  });

  it('each deadline policy replaces the last and is its next version; an old one reads on the clock, no matrix', () => {
    const row = givenEvents([established, deadlines(12), deadlines(8, { onWorkingTime: true, rules: [] })], {
      from,
    })
      .project(applyToCountyView)
      .row()!;
    expect(row.deadlinePolicy).toMatchObject({ feedbackHours: 8, onWorkingTime: true, version: 2 });
    givenEvents([established, deadlines(12)])
      .project(applyToCountyView)
      .then({
        deadlinePolicy: expect.objectContaining({ onWorkingTime: false, rules: [], timers: {}, version: 1 }),
      });
  });

  it('a calendar replaces the years it names and keeps the others', () => {
    const row = givenEvents([
      established,
      calendar({ '2026': year('国办发明电〔2025〕7号'), '2027': year('初稿') }),
      calendar({ '2027': year('国办发明电〔2026〕5号') }),
    ])
      .project(applyToCountyView)
      .row()!;
    expect(Object.keys(row.holidayCalendar!.years).sort()).toEqual(['2026', '2027']);
    expect(row.holidayCalendar!.years['2027'].source).toBe('国办发明电〔2026〕5号');
    expect(row.version).toBe(3);
  });

  it('makes no row from a change to a county it never saw established', () => {
    givenEvents([deadlines(12)])
      .project(applyToCountyView)
      .then(undefined);
  });
});
