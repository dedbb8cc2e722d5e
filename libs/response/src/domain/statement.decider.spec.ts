import {
  allowedStatementSteps,
  decideStatement,
  evolveStatement,
  GuidanceTier,
  initialStatementState,
  StatementCommand,
  StatementEvent,
  StatementKind,
  StatementStatus,
} from './statement.decider';

const now = new Date('2026-05-11T02:00:00.000Z');
type Body<T> = T extends unknown ? Omit<T, 'statementId' | 'context'> : never;
function run(...cs: Body<StatementCommand>[]): StatementEvent[] {
  const events: StatementEvent[] = [];
  for (const c of cs) {
    const s = events.reduce(evolveStatement, initialStatementState());
    const context = { now, actorUserId: 'u', actorUnitId: 'x' };
    events.push(...decideStatement({ ...c, statementId: 's1', context }, s));
  }
  return events;
}
const draft: Body<StatementCommand> = {
  type: 'DraftStatement',
  draft: {
    incidentId: 'i1',
    countyId: 'c',
    draftingUnitId: 'centre',
    propagandaUnitId: 'prop',
    incidentVisibleUnits: [],
    kind: StatementKind.WORDING,
    tier: GuidanceTier.POSITIVE_RESPONSE,
    title: '关于网传信息的情况说明',
    content: '经核实，网传信息不实。',
  },
};

describe('Statement: drafted, approved by the propaganda department, published by the spokesperson (DOMAIN §5)', () => {
  it('publishes only after approval', () => {
    expect(() => run(draft, { type: 'PublishStatement', channels: ['官方微博'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }) as Error,
    );
    const events = run(
      draft,
      { type: 'ApproveStatement', note: '' },
      { type: 'PublishStatement', channels: ['官方微博', '官方微博'] },
    );
    expect(events.map((e) => e.type)).toEqual([
      'StatementDrafted',
      'StatementApproved',
      'StatementPublished',
    ]);
    expect(events[2].data).toMatchObject({ channels: ['官方微博'] });
  });

  it('is published somewhere: at least one channel, each named in up to 60 characters', () => {
    const approved: Body<StatementCommand>[] = [draft, { type: 'ApproveStatement', note: '' }];
    for (const channels of [
      [],
      ['  ', ''],
      ['微'.repeat(61)],
      Array.from({ length: 21 }, (_, i) => `渠道${i}`),
    ])
      expect(() => run(...approved, { type: 'PublishStatement', channels })).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED' }) as Error,
      );
    const events = run(...approved, { type: 'PublishStatement', channels: [' 新闻发布会 ', '清水发布微博'] });
    expect(events[2].data).toMatchObject({ channels: ['新闻发布会', '清水发布微博'] });
  });

  it('a rejected draft is revised and approved again; a reason is required to reject', () => {
    expect(() => run(draft, { type: 'RejectStatement', reason: '' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }) as Error,
    );
    const events = run(
      draft,
      { type: 'RejectStatement', reason: '多讲措施，慎讲原因' },
      { type: 'ReviseStatement', title: '情况说明', content: '已采取以下措施……' },
      { type: 'ApproveStatement', note: '' },
    );
    expect(events.reduce(evolveStatement, initialStatementState()).status).toBe(StatementStatus.APPROVED);
  });
});

describe('allowedStatementSteps: what a client may offer on a statement in each state', () => {
  it('offers revising a draft or a sent-back one, approving a draft, publishing an approved one, nothing after', () => {
    expect(allowedStatementSteps(StatementStatus.DRAFT)).toEqual([
      'ReviseStatement',
      'ApproveStatement',
      'RejectStatement',
    ]);
    expect(allowedStatementSteps(StatementStatus.REJECTED)).toEqual(['ReviseStatement']);
    expect(allowedStatementSteps(StatementStatus.APPROVED)).toEqual(['PublishStatement']);
    expect(allowedStatementSteps(StatementStatus.PUBLISHED)).toEqual([]);
  });
});
