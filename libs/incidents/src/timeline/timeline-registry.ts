import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@app/event-store';
import { LocalizedMessage } from '@app/kernel';

/** Says what an event did, in a few words (e.g. 签收工单 / signed for the task); null leaves it off the timeline. */
export type EventDescriber = (event: RecordedEvent) => LocalizedMessage | null;

/**
 * What every module tells the incident timeline about its events. The incident's own, its tasks', letters' and
 * statements' events all carry `incidentId`; each module registers how to describe its types.
 */
@Injectable()
export class TimelineRegistry {
  private readonly describers = new Map<string, EventDescriber>();

  register(types: string[], describe: EventDescriber): void {
    for (const t of types) this.describers.set(t, describe);
  }

  types(): string[] {
    return [...this.describers.keys()];
  }

  describe(event: RecordedEvent): LocalizedMessage | null {
    return this.describers.get(event.type)?.(event) ?? null;
  }
}
