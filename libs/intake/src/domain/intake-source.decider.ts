import {
  Decider,
  DecisionContext,
  FieldProblem,
  oneOfProblems,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import { ColumnMapping, mappingProblems } from './intake-import';
import { manualSourceHasNoKey, sourceNotFound } from './intake.errors';
import { IntakeEventType, IntakeSourceEvent, IntakeSourceKind } from './intake.events';

export type IntakeSourceCommand =
  | { type: 'SetIntakeColumnMapping'; sourceId: string; mapping: ColumnMapping; context: DecisionContext }
  | {
      type: 'ConfigureIntakeSource';
      sourceId: string;
      countyId: string;
      name: string;
      kind: IntakeSourceKind;
      ownerUnitId: string;
      context: DecisionContext;
    }
  | {
      type: 'IssueIntakeSourceKey';
      sourceId: string;
      keyHash: string;
      keyPrefix: string;
      context: DecisionContext;
    };

export interface IntakeSourceState {
  configured: { countyId: string; name: string; kind: IntakeSourceKind; ownerUnitId: string } | null;
}

export function decideIntakeSource(c: IntakeSourceCommand, s: IntakeSourceState): IntakeSourceEvent[] {
  const at = c.context.now.toISOString();
  switch (c.type) {
    case 'ConfigureIntakeSource': {
      const p: FieldProblem[] = [
        ...textProblems('input.name', c.name, 1, 50),
        ...oneOfProblems('input.kind', c.kind, IntakeSourceKind),
      ];
      if (p.length) throw new ValidationFailed(p);
      const next = { countyId: c.countyId, name: c.name.trim(), kind: c.kind, ownerUnitId: c.ownerUnitId };
      const same =
        s.configured &&
        s.configured.name === next.name &&
        s.configured.kind === next.kind &&
        s.configured.ownerUnitId === next.ownerUnitId;
      if (same) return [];
      return [{ type: IntakeEventType.SourceConfigured, data: { sourceId: c.sourceId, ...next, at } }];
    }
    case 'IssueIntakeSourceKey':
      if (!s.configured) throw sourceNotFound(c.sourceId);
      if (s.configured.kind === IntakeSourceKind.MANUAL) throw manualSourceHasNoKey(c.sourceId);
      return [
        {
          type: IntakeEventType.SourceKeyIssued,
          data: {
            sourceId: c.sourceId,
            countyId: s.configured.countyId,
            keyHash: c.keyHash,
            keyPrefix: c.keyPrefix,
            at,
          },
        },
      ];
    case 'SetIntakeColumnMapping': {
      if (!s.configured) throw sourceNotFound(c.sourceId);
      const p = mappingProblems(c.mapping);
      if (p.length) throw new ValidationFailed(p);
      const mapping = Object.fromEntries(
        Object.entries(c.mapping)
          .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
          .map(([f, column]) => [f, column.trim()]),
      );
      return [
        {
          type: IntakeEventType.SourceMappingSet,
          data: { sourceId: c.sourceId, countyId: s.configured.countyId, mapping, at },
        },
      ];
    }
  }
}

export function evolveIntakeSource(s: IntakeSourceState, e: IntakeSourceEvent): IntakeSourceState {
  switch (e.type) {
    case IntakeEventType.SourceConfigured:
      return {
        configured: {
          countyId: e.data.countyId,
          name: e.data.name,
          kind: e.data.kind,
          ownerUnitId: e.data.ownerUnitId,
        },
      };
    case IntakeEventType.SourceKeyIssued:
    case IntakeEventType.SourceMappingSet:
      return s;
  }
}

export const intakeSourceDecider: Decider<IntakeSourceCommand, IntakeSourceEvent, IntakeSourceState> = {
  decide: decideIntakeSource,
  evolve: evolveIntakeSource,
  initialState: () => ({ configured: null }),
};
