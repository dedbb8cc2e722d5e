import { DeskItem, DeskItemKind, orderDesk } from './desk-item';

const at = (hhmm: string) => new Date(`2026-12-06T${hhmm}:00+08:00`);
const item = (refId: string, o: Partial<DeskItem<null>>): DeskItem<null> => ({
  kind: DeskItemKind.TASK,
  refId,
  dueAt: null,
  overdue: false,
  since: at('08:00'),
  action: '办理',
  ref: null,
  ...o,
});

describe('the order of a 待办', () => {
  it('puts what is overdue first, then the soonest due, then what has no deadline by how long it waited', () => {
    const ordered = orderDesk([
      item('statement-new', { kind: DeskItemKind.STATEMENT, since: at('10:00') }),
      item('task-due-late', { dueAt: at('20:00') }),
      item('statement-old', { kind: DeskItemKind.STATEMENT, since: at('07:00') }),
      item('letter-overdue', { kind: DeskItemKind.LETTER, dueAt: at('09:00'), overdue: true }),
      item('task-due-soon', { dueAt: at('12:00') }),
    ]);
    expect(ordered.map((i) => i.refId)).toEqual([
      'letter-overdue',
      'task-due-soon',
      'task-due-late',
      'statement-old',
      'statement-new',
    ]);
  });

  it('puts what is only to be read after everything to act on, however long it waited', () => {
    const ordered = orderDesk([
      item('warning-old', { kind: DeskItemKind.ARRIVAL, since: at('06:00') }),
      item('statement', { kind: DeskItemKind.STATEMENT, since: at('10:00') }),
      item('report-new', { kind: DeskItemKind.ARRIVAL, since: at('09:00') }),
      item('task-due', { dueAt: at('20:00') }),
    ]);
    expect(ordered.map((i) => i.refId)).toEqual(['task-due', 'statement', 'warning-old', 'report-new']);
  });

  it('is stable for equal items whatever order they arrive in (a page boundary must not move)', () => {
    const a = item('a', {});
    const b = item('b', { kind: DeskItemKind.HANDLING_PLAN });
    const c = item('c', { kind: DeskItemKind.INSTRUCTION });
    expect(orderDesk([c, b, a])).toEqual(orderDesk([a, c, b]));
  });
});
