import { Injectable } from '@nestjs/common';
import { Action, authorize, Principal, Target } from '@app/access';
import { DispatchService, letterTarget, taskTarget } from '@app/dispatch';
import { IncidentCommandService, incidentTarget } from '@app/incidents';
import { StatementService, statementTarget } from '@app/response';
import { AttachTarget } from '../domain/attachment.decider';
import { AttachmentRecordKind } from '../domain/attachment-kinds';

/** A record's facts as evidence needs them, with the access-policy target they are judged on. */
interface RecordFacts {
  target: Target;
  facts: AttachTarget;
}

const unique = (ids: (string | null)[]) => [...new Set(ids.filter((x): x is string => !!x))];

/**
 * Finds the record a file belongs to and asks the access policy about it: an attachment is read exactly by those
 * who may read its record, and added by those who work it (issue 22). A caller who may not see the record gets the
 * record's own NOT_FOUND, as everywhere.
 */
@Injectable()
export class RecordTargets {
  constructor(
    private readonly incidents: IncidentCommandService,
    private readonly dispatch: DispatchService,
    private readonly statements: StatementService,
  ) {}

  async forRead(p: Principal, kind: AttachmentRecordKind, recordId: string): Promise<AttachTarget> {
    const r = await this.load(kind, recordId);
    authorize(p, READ_ACTION[kind], r.target, recordId);
    return r.facts;
  }

  async forAttach(p: Principal, kind: AttachmentRecordKind, recordId: string): Promise<AttachTarget> {
    const r = await this.load(kind, recordId);
    authorize(p, ATTACH_ACTION[kind], r.target, recordId);
    return r.facts;
  }

  private async load(kind: AttachmentRecordKind, recordId: string): Promise<RecordFacts> {
    switch (kind) {
      case AttachmentRecordKind.INCIDENT: {
        const i = await this.incidents.facts(recordId);
        return {
          target: incidentTarget(i),
          facts: {
            recordKind: kind,
            recordId,
            incidentId: i.incidentId,
            countyId: i.countyId,
            readerUnitIds: unique(i.visibleUnits),
            confidential: i.confidential,
          },
        };
      }
      case AttachmentRecordKind.TASK_PROGRESS:
      case AttachmentRecordKind.TASK_HAND_IN: {
        const t = await this.dispatch.taskFacts(recordId);
        return {
          target: taskTarget(t),
          facts: {
            recordKind: kind,
            recordId,
            incidentId: t.incidentId,
            countyId: t.countyId,
            readerUnitIds: unique([t.dispatcherUnitId, t.assigneeUnitId, t.parentAssigneeUnitId]),
            confidential: t.confidential,
          },
        };
      }
      case AttachmentRecordKind.LETTER: {
        const l = await this.dispatch.letterFacts(recordId);
        return {
          target: letterTarget(l),
          facts: {
            recordKind: kind,
            recordId,
            incidentId: l.incidentId,
            countyId: l.countyId,
            readerUnitIds: unique([l.senderUnitId, ...l.recipientUnitIds]),
            confidential: l.confidential,
          },
        };
      }
      case AttachmentRecordKind.STATEMENT: {
        const s = await this.statements.facts(recordId);
        const i = await this.incidents.facts(s.incidentId);
        return {
          target: statementTarget(s),
          facts: {
            recordKind: kind,
            recordId,
            incidentId: s.incidentId,
            countyId: s.countyId,
            readerUnitIds: unique([s.draftingUnitId, s.propagandaUnitId, ...s.visibleUnits]),
            confidential: i.confidential,
          },
        };
      }
      case AttachmentRecordKind.CONFERENCE: {
        // A conference is part of its incident's record: whoever reads the incident reads it and its files.
        const i = await this.incidents.factsOfConference(recordId);
        return {
          target: incidentTarget(i),
          facts: {
            recordKind: kind,
            recordId,
            incidentId: i.incidentId,
            countyId: i.countyId,
            readerUnitIds: unique(i.visibleUnits),
            confidential: i.confidential,
          },
        };
      }
    }
  }
}

const READ_ACTION: Record<AttachmentRecordKind, Action> = {
  INCIDENT: Action.IncidentRead,
  TASK_PROGRESS: Action.TaskRead,
  TASK_HAND_IN: Action.TaskRead,
  LETTER: Action.LetterRead,
  STATEMENT: Action.StatementRead,
  CONFERENCE: Action.IncidentRead,
};

/**
 * A task's files are its assignee's work (办单); the others take evidence from whoever works the record (a
 * conference's, from whoever works its incident: the convener and the units that took part).
 */
const ATTACH_ACTION: Record<AttachmentRecordKind, Action> = {
  INCIDENT: Action.EvidenceAttach,
  TASK_PROGRESS: Action.TaskWork,
  TASK_HAND_IN: Action.TaskWork,
  LETTER: Action.EvidenceAttach,
  STATEMENT: Action.EvidenceAttach,
  CONFERENCE: Action.EvidenceAttach,
};
