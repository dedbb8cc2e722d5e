import { RecordedEvent, RowProjection } from '@app/event-store';
import {
  CountyEstablishedData,
  DeadlinePolicySetData,
  GradeScalesSetData,
  SpreadCriteriaSetData,
  HolidayCalendarLoadedData,
  LinkageThresholdSetData,
  LinkageFieldRulesSetData,
  LinkageRolesAssignedData,
  OrganizationEventType,
  SecurityPolicySetData,
  UnitDeactivatedData,
  UnitDocumentCodeSetData,
  UnitRegisteredData,
  UnitUpdatedData,
} from '../domain/organization.events';
import { CountyView } from './county-view.entity';
import { UnitView } from './unit-view.entity';

export function applyToUnitView(row: UnitView | undefined, e: RecordedEvent): UnitView | undefined {
  switch (e.type) {
    case OrganizationEventType.UnitRegistered: {
      const d = e.data as unknown as UnitRegisteredData;
      return Object.assign(new UnitView(), {
        unitId: d.unitId,
        kind: d.kind,
        name: d.name,
        parentId: d.parentId,
        countyId: d.countyId,
        active: true,
        documentCode: null,
        deactivatedReason: null,
        deactivatedAt: null,
        version: e.streamVersion,
        createdAt: e.recordedAt,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.UnitUpdated: {
      if (!row) return row;
      const d = e.data as unknown as UnitUpdatedData;
      return Object.assign(row, {
        name: d.name,
        parentId: d.parentId,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.UnitDocumentCodeSet: {
      if (!row) return row;
      return Object.assign(row, {
        documentCode: (e.data as unknown as UnitDocumentCodeSetData).code,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.UnitDeactivated:
    case OrganizationEventType.UnitReactivated: {
      if (!row) return row;
      const down = e.type === OrganizationEventType.UnitDeactivated;
      return Object.assign(row, {
        active: !down,
        deactivatedReason: down ? (e.data as unknown as UnitDeactivatedData).reason : null,
        deactivatedAt: down ? e.recordedAt : null,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    default:
      return row;
  }
}

export function applyToCountyView(row: CountyView | undefined, e: RecordedEvent): CountyView | undefined {
  switch (e.type) {
    case OrganizationEventType.CountyEstablished: {
      const d = e.data as unknown as CountyEstablishedData;
      return Object.assign(new CountyView(), {
        countyId: d.countyId,
        name: d.name,
        cityOfficeUnitId: d.cityOfficeUnitId,
        propagandaUnitId: null,
        cyberspaceUnitId: null,
        policeUnitId: null,
        stateSecurityUnitId: null,
        requireTotpRoles: [],
        linkageFieldRules: [],
        deadlinePolicy: null,
        linkageThresholdGrade: null,
        gradeScales: [],
        spreadCriteria: null,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.LinkageRolesAssigned: {
      if (!row) return row;
      const d = e.data as unknown as LinkageRolesAssignedData;
      return Object.assign(row, {
        propagandaUnitId: d.propagandaUnitId,
        cyberspaceUnitId: d.cyberspaceUnitId,
        policeUnitId: d.policeUnitId,
        stateSecurityUnitId: d.stateSecurityUnitId,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.SecurityPolicySet: {
      if (!row) return row;
      const d = e.data as unknown as SecurityPolicySetData;
      return Object.assign(row, {
        requireTotpRoles: d.requireTotpRoles,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.LinkageFieldRulesSet: {
      if (!row) return row;
      const d = e.data as unknown as LinkageFieldRulesSetData;
      return Object.assign(row, {
        linkageFieldRules: d.rules,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.LinkageThresholdSet: {
      if (!row) return row;
      const d = e.data as unknown as LinkageThresholdSetData;
      return Object.assign(row, {
        linkageThresholdGrade: d.grade,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.DeadlinePolicySet: {
      if (!row) return row;
      const {
        feedbackHours,
        hardCapHours,
        defaultHours,
        sameDayForInquiries,
        onWorkingTime,
        sameDayLeastMinutes,
        rules,
        timers,
      } = e.data as unknown as DeadlinePolicySetData;
      return Object.assign(row, {
        // Policies set before working time existed ran on the clock; before the matrix, by these numbers alone.
        deadlinePolicy: {
          feedbackHours,
          hardCapHours,
          defaultHours,
          sameDayForInquiries,
          onWorkingTime: onWorkingTime ?? false,
          // Policies set before the least time existed take the default (which applies from now on: tasks keep
          // the due time they were given).
          ...(sameDayLeastMinutes === undefined ? {} : { sameDayLeastMinutes }),
          rules: rules ?? [],
          timers: timers ?? {},
          version: (row.deadlinePolicy?.version ?? 0) + 1,
        },
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.HolidayCalendarLoaded: {
      if (!row) return row;
      const { calendar } = e.data as unknown as HolidayCalendarLoadedData;
      return Object.assign(row, {
        holidayCalendar: {
          ...calendar,
          years: { ...(row.holidayCalendar?.years ?? {}), ...calendar.years },
        },
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    case OrganizationEventType.GradeScalesSet: {
      if (!row) return row;
      const { scales } = e.data as unknown as GradeScalesSetData;
      return Object.assign(row, { gradeScales: scales, version: e.streamVersion, updatedAt: e.recordedAt });
    }
    case OrganizationEventType.SpreadCriteriaSet: {
      if (!row) return row;
      const { criteria } = e.data as unknown as SpreadCriteriaSetData;
      return Object.assign(row, {
        spreadCriteria: criteria,
        version: e.streamVersion,
        updatedAt: e.recordedAt,
      });
    }
    default:
      return row;
  }
}

export const unitViewProjection = () =>
  new RowProjection<UnitView>({
    name: 'unit-view',
    entity: UnitView,
    table: 'unit_view',
    keyProperty: 'unitId',
    eventTypes: [
      OrganizationEventType.UnitRegistered,
      OrganizationEventType.UnitUpdated,
      OrganizationEventType.UnitDeactivated,
      OrganizationEventType.UnitReactivated,
      OrganizationEventType.UnitDocumentCodeSet,
    ],
    keyOf: (e) => String((e.data as { unitId?: string }).unitId),
    apply: applyToUnitView,
  });

export const countyViewProjection = () =>
  new RowProjection<CountyView>({
    name: 'county-view',
    entity: CountyView,
    table: 'county_view',
    keyProperty: 'countyId',
    eventTypes: [
      OrganizationEventType.CountyEstablished,
      OrganizationEventType.LinkageRolesAssigned,
      OrganizationEventType.SecurityPolicySet,
      OrganizationEventType.LinkageFieldRulesSet,
      OrganizationEventType.DeadlinePolicySet,
      OrganizationEventType.LinkageThresholdSet,
      OrganizationEventType.HolidayCalendarLoaded,
      OrganizationEventType.GradeScalesSet,
      OrganizationEventType.SpreadCriteriaSet,
    ],
    // 2: linkage field rules; 3: deadline policy, linkage threshold; 4: holiday calendar; 5: deadline matrix and
    // the policy's version; 6: local grade scales; 7: spread criteria.
    version: 7,
    keyOf: (e) => String((e.data as { countyId?: string }).countyId),
    apply: applyToCountyView,
  });
