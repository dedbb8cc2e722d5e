import { Target } from '@app/access';
import { IncidentView } from '../projections/incident-view.entity';

/** The facts about an incident that the access policy decides on. */
export const incidentTarget = (v: IncidentView): Target => ({
  kind: 'incident',
  countyId: v.countyId,
  owningUnit: v.owningUnit,
  visibleUnits: v.visibleUnits,
  townshipUnitId: v.townshipUnitId ?? null,
  localUnitId: v.localUnitId ?? null,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);
