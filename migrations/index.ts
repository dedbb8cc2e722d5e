import { EventStore1763798400000 } from './1763798400000-event-store';
import { IncidentView1763798500000 } from './1763798500000-incident-view';
import { UnitsPeopleAccess1763798600000 } from './1763798600000-units-people-access';

/** Every migration, in order. Forward-only: once applied, a migration is never edited. */
export const migrations = [
  EventStore1763798400000,
  IncidentView1763798500000,
  UnitsPeopleAccess1763798600000,
];
