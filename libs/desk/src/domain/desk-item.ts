import { LocalizedMessage } from '@app/kernel';

/**
 * What a person's 待办 holds: every kind of thing that waits for them to act (issue 20 §3). Each kind comes from the
 * library that owns it; an item leaves the list when the step it waits for is taken.
 */
export enum DeskItemKind {
  TASK = 'TASK',
  LETTER = 'LETTER',
  STATEMENT = 'STATEMENT',
  HANDLING_PLAN = 'HANDLING_PLAN',
  INSTRUCTION = 'INSTRUCTION',
  /** Something to read (快报, 专报, a warning …), until marked read (已阅). */
  ARRIVAL = 'ARRIVAL',
}

export const DESK_ITEM_KIND_LABELS: Record<DeskItemKind, LocalizedMessage> = {
  TASK: { zh: '工单', en: 'Task' },
  LETTER: { zh: '风险提示函', en: 'Risk letter' },
  STATEMENT: { zh: '口径/通稿', en: 'Statement' },
  HANDLING_PLAN: { zh: '处置方案', en: 'Handling plan' },
  INSTRUCTION: { zh: '领导批示', en: "Leader's instruction" },
  ARRIVAL: { zh: '待阅', en: 'To read' },
};

/** One item as the desk orders it; `ref` is the owning library's own record. */
export interface DeskItem<Ref = unknown> {
  kind: DeskItemKind;
  /** The record's id: with the kind, the item's key (and its cursor). */
  refId: string;
  /** 时限, when the thing has one (a task's, a letter's receipt); statements and plans wait without one. */
  dueAt: Date | null;
  overdue: boolean;
  /** Since when it has waited for the caller. */
  since: Date;
  /** 需要做什么, in the caller's words. */
  action: string;
  ref: Ref;
}

export const deskItemKey = (i: Pick<DeskItem, 'kind' | 'refId'>) => `${i.kind}:${i.refId}`;

/**
 * The order a person works in: what is overdue, then what is due soonest, then what has no deadline by how long it
 * has waited (oldest first: a statement that waited since morning before one that arrived a minute ago), and what
 * is only to be read after everything to act on (a week of unread notices must not push a statement off the page).
 */
export function orderDesk<T extends DeskItem>(items: readonly T[]): T[] {
  const toRead = (i: DeskItem) => Number(i.kind === DeskItemKind.ARRIVAL);
  return [...items].sort(
    (a, b) =>
      toRead(a) - toRead(b) ||
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
      a.since.getTime() - b.since.getTime() ||
      deskItemKey(a).localeCompare(deskItemKey(b)),
  );
}
