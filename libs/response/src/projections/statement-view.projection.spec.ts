import { DecisionContext } from '@app/kernel';
import { actingAs, decided, givenEvents } from '@test/given-when-then';
import {
  GuidanceTier,
  StatementCommand,
  statementDecider,
  StatementEvent,
  StatementKind,
  StatementStatus,
} from '../domain/statement.decider';
import { applyToStatementView } from './statement-view.projection';

/** statement_view as its fold builds it: who may see it, the draft's words, the 审核 and 发布 steps. */
type Body<T> = T extends unknown ? Omit<T, 'statementId' | 'context'> : never;
const at = (iso: string, who = 'u-drafter', unit = 'centre'): DecisionContext =>
  actingAs(who, unit, new Date(iso));
const step = (context: DecisionContext, c: Body<StatementCommand>) => ({ ...c, statementId: 's1', context });

const draft = step(at('2026-05-11T02:00:00Z'), {
  type: 'DraftStatement',
  draft: {
    incidentId: 'i1',
    countyId: 'qingshui',
    draftingUnitId: 'centre',
    propagandaUnitId: 'prop',
    // The incident's readers see the statement too; the drafting unit is among them already.
    incidentVisibleUnits: ['centre', 'donghu'],
    kind: StatementKind.WORDING,
    tier: GuidanceTier.POSITIVE_RESPONSE,
    title: '关于网传信息的情况说明',
    content: '经核实，网传信息不实。',
  },
});
const approve = step(at('2026-05-11T03:00:00Z', 'u-prop', 'prop'), { type: 'ApproveStatement', note: '' });
const reject = (reason: string, iso: string) =>
  step(at(iso, 'u-prop', 'prop'), { type: 'RejectStatement', reason });
const revise = (title: string, content: string) =>
  step(at('2026-05-11T04:00:00Z'), { type: 'ReviseStatement', title, content });
const publish = step(at('2026-05-11T05:00:00Z', 'u-spokes', 'prop'), {
  type: 'PublishStatement',
  channels: ['清水发布微博', '新闻发布会'],
});
const statement = (...commands: StatementCommand[]) =>
  decided<StatementCommand, StatementEvent, ReturnType<typeof statementDecider.initialState>>(
    statementDecider,
    [draft, ...commands],
  );

it('a draft is visible to the drafter, the propaganda department and the incident’s readers, each once', () => {
  const row = givenEvents(statement()).project(applyToStatementView).row();
  expect(row).toMatchObject({
    statementId: 's1',
    incidentId: 'i1',
    status: StatementStatus.DRAFT,
    title: '关于网传信息的情况说明',
    draftedBy: 'u-drafter',
    draftedAt: new Date('2026-05-11T02:00:00Z'),
    approvedBy: null,
    publishedAt: null,
    channels: [],
    rejections: [],
    version: 1,
  });
  expect([...row!.visibleUnits].sort()).toEqual(['centre', 'donghu', 'prop']);
});

it('rejected, it keeps every reason in order; a revision replaces the words and makes it a draft again', () => {
  const events = statement(
    reject('多讲措施，慎讲原因', '2026-05-11T03:00:00Z'),
    revise('情况说明（修改）', '已采取以下措施……'),
    reject('措施要具体', '2026-05-11T04:30:00Z'),
  );
  givenEvents(events.slice(0, 2))
    .project(applyToStatementView)
    .then({ status: StatementStatus.REJECTED, title: '关于网传信息的情况说明' });
  const row = givenEvents(events).project(applyToStatementView).row();
  expect(row).toMatchObject({
    status: StatementStatus.REJECTED,
    title: '情况说明（修改）',
    content: '已采取以下措施……',
    version: 4,
  });
  expect(row!.rejections).toEqual([
    { reason: '多讲措施，慎讲原因', by: 'u-prop', at: '2026-05-11T03:00:00.000Z' },
    { reason: '措施要具体', by: 'u-prop', at: '2026-05-11T04:30:00.000Z' },
  ]);
  givenEvents(events.slice(0, 3))
    .project(applyToStatementView)
    .then({ status: StatementStatus.DRAFT, content: '已采取以下措施……' });
});

it('approved then published, it records who approved, who published, when and where', () => {
  givenEvents(statement(approve, publish))
    .project(applyToStatementView)
    .then({
      status: StatementStatus.PUBLISHED,
      approvedBy: 'u-prop',
      approvedAt: new Date('2026-05-11T03:00:00Z'),
      publishedBy: 'u-spokes',
      publishedAt: new Date('2026-05-11T05:00:00Z'),
      channels: ['清水发布微博', '新闻发布会'],
      version: 3,
    });
});

it('makes no row from a step on a statement it never saw drafted', () => {
  const [, approved] = statement(approve);
  givenEvents([approved]).project(applyToStatementView).then(undefined);
});
