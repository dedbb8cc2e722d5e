import { LocalizedMessage, RecordedEvent } from '@app/kernel';
import { IntakeEventType } from './intake.events';

/** How the incident's timeline tells of items (the item's id only: its text stays with the centre's queue). */
export function describeIntakeEvent(e: RecordedEvent): LocalizedMessage | null {
  switch (e.type) {
    case IntakeEventType.ItemRegisteredAsIncident:
      return { zh: '由舆情线索登记', en: 'Registered from an intake item' };
    case IntakeEventType.ItemAttachedToIncident:
      return { zh: '并入舆情线索', en: 'An intake item joined the incident' };
    default:
      return null;
  }
}
