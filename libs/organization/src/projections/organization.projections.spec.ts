import { UnitKind } from '@app/access/domain';
import { givenEvents } from '@test/given-when-then';
import { OrganizationEventType, UnitEvent } from '../domain/organization.events';
import { applyToUnitView } from './organization.projections';

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
