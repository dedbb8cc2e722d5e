import {
  beijingDay,
  Decider,
  DecisionContext,
  FieldProblem,
  oneOfProblems,
  problem,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import { watchEntryDuplicate, watchEntryNotFound, watchEntryRetired } from './intake.errors';
import {
  IntakeEventType,
  IntakeWatchEntryFields,
  IntakeWatchListEvent,
  WatchEntryKind,
} from './intake.events';

/** 关注清单/风险库 of a county (one stream): the centre adds, changes and retires entries. */
export type WatchListCommand =
  | {
      type: 'AddWatchEntry';
      entryId: string;
      countyId: string;
      entry: IntakeWatchEntryFields;
      context: DecisionContext;
    }
  | { type: 'ChangeWatchEntry'; entryId: string; entry: IntakeWatchEntryFields; context: DecisionContext }
  | { type: 'RetireWatchEntry'; entryId: string; context: DecisionContext };

export interface WatchListState {
  countyId: string | null;
  entries: Record<string, IntakeWatchEntryFields & { retired: boolean }>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The entry as it will be kept (trimmed), or every problem with it, field by field. */
function checked(e: IntakeWatchEntryFields, now: Date): IntakeWatchEntryFields {
  const p: FieldProblem[] = [
    ...oneOfProblems('input.kind', e.kind, WatchEntryKind),
    ...textProblems('input.name', e.name, 1, 50),
    ...textProblems('input.note', e.note, 0, 500),
  ];
  const endsOn = e.endsOn?.trim() || null;
  if (endsOn !== null) {
    const valid = DAY.test(endsOn) && new Date(`${endsOn}T00:00:00Z`).toISOString().startsWith(endsOn);
    if (!valid) p.push(problem('input.endsOn', '日期格式应为 YYYY-MM-DD', 'must be a date as YYYY-MM-DD'));
    else if (endsOn < beijingDay(now))
      p.push(problem('input.endsOn', '截止日期不能早于今天', 'must not be before today'));
  }
  if (p.length) throw new ValidationFailed(p);
  return { kind: e.kind, name: e.name.trim(), note: (e.note ?? '').trim(), endsOn };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function decideWatchList(c: WatchListCommand, s: WatchListState): IntakeWatchListEvent[] {
  const at = c.context.now.toISOString();
  const by = c.context.actorUserId;
  const clash = (entry: IntakeWatchEntryFields, self: string) =>
    Object.entries(s.entries).some(
      ([id, e]) => id !== self && !e.retired && e.kind === entry.kind && sameName(e.name, entry.name),
    );
  if (c.type === 'AddWatchEntry') {
    // The id comes from the request's idempotency key when it has one: a repeat adds nothing.
    if (s.entries[c.entryId]) return [];
    const entry = checked(c.entry, c.context.now);
    if (clash(entry, c.entryId)) throw watchEntryDuplicate(entry.name);
    return [
      {
        type: IntakeEventType.WatchEntryAdded,
        data: { entryId: c.entryId, countyId: c.countyId, ...entry, by, at },
      },
    ];
  }
  const current = s.entries[c.entryId];
  if (!current || !s.countyId) throw watchEntryNotFound(c.entryId);
  if (current.retired) throw watchEntryRetired(c.entryId);
  if (c.type === 'ChangeWatchEntry') {
    const entry = checked(c.entry, c.context.now);
    if (clash(entry, c.entryId)) throw watchEntryDuplicate(entry.name);
    const same =
      current.kind === entry.kind &&
      current.name === entry.name &&
      current.note === entry.note &&
      current.endsOn === entry.endsOn;
    if (same) return [];
    return [
      {
        type: IntakeEventType.WatchEntryChanged,
        data: { entryId: c.entryId, countyId: s.countyId, ...entry, by, at },
      },
    ];
  }
  return [
    { type: IntakeEventType.WatchEntryRetired, data: { entryId: c.entryId, countyId: s.countyId, by, at } },
  ];
}

export function evolveWatchList(s: WatchListState, e: IntakeWatchListEvent): WatchListState {
  const fields = (d: IntakeWatchEntryFields) => ({
    kind: d.kind,
    name: d.name,
    note: d.note,
    endsOn: d.endsOn,
  });
  switch (e.type) {
    case IntakeEventType.WatchEntryAdded:
    case IntakeEventType.WatchEntryChanged:
      return {
        countyId: e.data.countyId,
        entries: { ...s.entries, [e.data.entryId]: { ...fields(e.data), retired: false } },
      };
    case IntakeEventType.WatchEntryRetired:
      return {
        ...s,
        entries: { ...s.entries, [e.data.entryId]: { ...s.entries[e.data.entryId], retired: true } },
      };
  }
}

export const watchListDecider: Decider<WatchListCommand, IntakeWatchListEvent, WatchListState> = {
  decide: decideWatchList,
  evolve: evolveWatchList,
  initialState: () => ({ countyId: null, entries: {} }),
};
