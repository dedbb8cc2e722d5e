import { actingAs } from '@test/given-when-then';
import { AppError, ValidationFailed } from '@app/kernel';
import {
  SerialTaken,
  SpecialReportCommand,
  specialReportDecider,
  specialReportSerialDecider,
  SpecialReportState,
} from './special-report.decider';
import { SpecialReportEvent } from './special-report.events';
import { SaveDraft, specialReportDraft, specialReportSignOff } from './reports.fixtures';

/** 吴静 drafts and withdraws, 郑华 signs off: who and when arrive on the context, the decider stamps them. */
const drafter = { ...actingAs('u1', 'centre', new Date('2026-12-03T02:00:00Z')), actorName: '吴静' };
const leader = { ...actingAs('u2', 'centre', new Date('2026-12-03T03:00:00Z')), actorName: '郑华' };

const save = (over: Partial<SaveDraft['draft']> = {}): SpecialReportCommand =>
  specialReportDraft(drafter, over);
const issue = specialReportSignOff(leader);
const fold = (events: SpecialReportEvent[]): SpecialReportState =>
  events.reduce(specialReportDecider.evolve, specialReportDecider.initialState());
const run = (state: SpecialReportState, c: SpecialReportCommand) => specialReportDecider.decide(c, state);
const reasonOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as AppError).reason;
  }
  return 'no error';
};

describe('舆情专报', () => {
  it('a draft is saved trimmed, each save the next revision', () => {
    const [first] = run(fold([]), save());
    expect(first.data).toMatchObject({
      title: '关于东湖镇征地补偿网帖的舆情专报',
      suggestions: ['东湖镇核实并书面反馈', '自然资源局发布政策解读'],
      draftRevision: 1,
      draftedBy: 'u1',
      draftedByName: '吴静',
      at: '2026-12-03T02:00:00.000Z',
    });
    const [second] = run(fold([first]), save({ title: '关于东湖镇征地补偿的舆情专报（修改）' }));
    expect(second.data).toMatchObject({ draftRevision: 2 });
  });

  it('refuses a draft without analysis or suggestions, naming each field', () => {
    try {
      run(fold([]), save({ analysis: '', suggestions: ['  '], addressees: '' }));
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationFailed);
      expect((e as ValidationFailed).details.fields).toEqual([
        expect.objectContaining({ field: 'input.analysis' }),
        expect.objectContaining({ field: 'input.suggestions' }),
        expect.objectContaining({ field: 'input.addressees' }),
      ]);
    }
  });

  it('keeps a report with its incident', () => {
    const drafted = run(fold([]), save());
    expect(reasonOf(() => run(fold(drafted), save({ incidentId: 'i2' })))).toBe('INPUT.INVALID');
  });

  it('signs off the last draft, and only a draft', () => {
    expect(reasonOf(() => run(fold([]), issue))).toBe('SPECIAL_REPORT.NO_DRAFT');
    const drafted = [...run(fold([]), save()), ...run(fold(run(fold([]), save())), save())];
    const [issued] = run(fold(drafted), issue);
    expect(issued.data).toMatchObject({
      number: 3,
      year: 2026,
      draftRevision: 2,
      issuedBy: 'u2',
      issuedByName: '郑华',
      at: '2026-12-03T03:00:00.000Z',
    });
  });

  it('changes nothing once signed off', () => {
    const drafted = run(fold([]), save());
    const done = fold([...drafted, ...run(fold(drafted), issue)]);
    expect(reasonOf(() => run(done, save()))).toBe('SPECIAL_REPORT.ALREADY_ISSUED');
    expect(reasonOf(() => run(done, issue))).toBe('SPECIAL_REPORT.ALREADY_ISSUED');
  });

  it('is 涉密 once its incident was when any draft was saved or at sign-off: one value for the row and its notices', () => {
    const plain = run(fold([]), save());
    const secret = run(fold(plain), save({ confidential: true }));
    // A later save under a no-longer-secret incident does not unmake it.
    const again = run(fold([...plain, ...secret]), save({ confidential: false }));
    expect(again[0].data).toMatchObject({ confidential: true });
    const [issued] = run(fold([...plain, ...secret, ...again]), issue);
    expect(issued.data).toMatchObject({ confidential: true });
    // Drafted in the open, the incident 涉密 by sign-off: the report is too.
    const lateIssue = { ...issue, issue: { ...issue.issue, incidentConfidential: true } };
    const [late] = run(fold(plain), lateIssue);
    expect(late.data).toMatchObject({ confidential: true });
    const [open] = run(fold(plain), issue);
    expect(open.data).toMatchObject({ confidential: false });
  });

  it('a draft is withdrawn with who and why, only while a draft; then nothing changes', () => {
    const withdraw = (reason: string): SpecialReportCommand => ({
      type: 'WithdrawSpecialReport',
      context: { ...drafter, now: new Date('2026-12-03T04:00:00Z') },
      withdrawal: {
        reportId: 'r1',
        incidentId: 'i1',
        unitId: 'centre',
        countyId: 'county',
        reason,
      },
    });
    expect(reasonOf(() => run(fold([]), withdraw('误建')))).toBe('SPECIAL_REPORT.NO_DRAFT');
    const drafted = [...run(fold([]), save()), ...run(fold(run(fold([]), save())), save())];
    expect(reasonOf(() => run(fold(drafted), withdraw('  ')))).toBe('INPUT.REASON_REQUIRED');
    const [withdrawn] = run(fold(drafted), withdraw(' 事件已平息，不再报送 '));
    expect(withdrawn).toEqual({
      type: 'SpecialReportWithdrawn',
      data: expect.objectContaining({
        reason: '事件已平息，不再报送',
        withdrawnBy: 'u1',
        withdrawnByName: '吴静',
        at: '2026-12-03T04:00:00.000Z',
        draftRevision: 2,
      }),
    });
    const gone = fold([...drafted, withdrawn]);
    for (const c of [save(), issue, withdraw('再撤')])
      expect(reasonOf(() => run(gone, c))).toBe('SPECIAL_REPORT.WITHDRAWN');
    // Signed off, it is no longer a draft to withdraw.
    const done = fold([...drafted, ...run(fold(drafted), issue)]);
    expect(reasonOf(() => run(done, withdraw('晚了')))).toBe('SPECIAL_REPORT.ALREADY_ISSUED');
  });

  it('takes the year’s numbers in order, each once', () => {
    const take = (last: number, number: number) =>
      specialReportSerialDecider.decide({ reportId: 'r', unitId: 'c', year: 2026, number }, { last });
    expect(take(0, 1)).toEqual([expect.objectContaining({ data: expect.objectContaining({ number: 1 }) })]);
    expect(() => take(1, 1)).toThrow(SerialTaken);
    expect(() => take(1, 3)).toThrow(SerialTaken);
  });
});

describe('舆情快报 (the same life, its own parts)', () => {
  const flash = (over: Partial<SaveDraft['draft']> = {}) =>
    save({
      kind: 'FLASH',
      spread: ' 微博阅读量 50 万 ',
      measuresTaken: ['已列单', ' ', '已派东湖镇核实'],
      ...over,
    });
  const fieldsOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return ((e as ValidationFailed).details.fields as { field: string }[]).map((x) => x.field);
    }
    return [];
  };

  it('keeps 传播情况 and 已采取措施, trimmed, and names its kind on every later event', () => {
    const [drafted] = run(fold([]), flash());
    expect(drafted.data).toMatchObject({
      kind: 'FLASH',
      spread: '微博阅读量 50 万',
      measuresTaken: ['已列单', '已派东湖镇核实'],
    });
    const [issued] = run(fold([drafted]), issue);
    expect(issued.data).toMatchObject({ kind: 'FLASH' });
  });

  it('needs 传播情况; a 专报 keeps neither part, and its events stay as they were', () => {
    expect(fieldsOf(() => run(fold([]), flash({ spread: ' ' })))).toEqual(['input.spread']);
    const [special] = run(fold([]), save({ spread: '不属于专报', measuresTaken: ['x'] }));
    expect(special.data).not.toHaveProperty('kind');
    expect(special.data).not.toHaveProperty('spread');
    expect(special.data).not.toHaveProperty('measuresTaken');
    expect(run(fold([special]), issue)[0].data).not.toHaveProperty('kind');
  });

  it('stays of the kind it was first saved as', () => {
    const [drafted] = run(fold([]), flash());
    expect(fieldsOf(() => run(fold([drafted]), save()))).toEqual(['input.kind']);
    const [special] = run(fold([]), save());
    expect(fieldsOf(() => run(fold([special]), flash()))).toEqual(['input.kind']);
  });
});
