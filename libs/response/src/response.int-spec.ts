import { dataScopeOf, Principal } from '@app/access';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { listedIncidentOnBus } from '../../../test/support/capability-steps';
import { ApproveStatementCommand } from './commands/approve-statement/approve-statement.command';
import { DraftStatementCommand } from './commands/draft-statement/draft-statement.command';
import { GuidanceTier, StatementKind, StatementStatus, statementStreamId } from './domain/statement.decider';
import { StatementReader } from './queries/statement-reader';

/**
 * 口径 on PostgreSQL through the CommandBus (DOMAIN §5): a centre's draft is waiting with the propaganda department
 * as soon as it is written, and approved there; the centre's own leader may not approve it, and the statement's
 * stream is unchanged by the refusal.
 */
let t: CapabilityFixture;
let centre: Principal; // 周明, county centre duty officer
let drafter: Principal; // 吴静, county centre handler
let centreLeader: Principal; // 郑华, county centre leader
let propaganda: Principal; // 何刚, 宣传部 leader

beforeAll(async () => {
  t = await openCapability('response');
  [centre, drafter, centreLeader, propaganda] = await Promise.all(
    ['zhouming', 'wujing', 'zhenghua', 'hegang'].map((u) => t.as(u)),
  );
});
afterAll(() => t?.close());

async function draft(title: string): Promise<string> {
  const incidentId = await listedIncidentOnBus(t, centre, { title });
  return t.commands.execute(
    new DraftStatementCommand(
      drafter,
      {
        incidentId,
        kind: StatementKind.WORDING,
        tier: GuidanceTier.POSITIVE_RESPONSE,
        title: `关于${title}的回应口径`,
        content: '已成立工作组核实，结果将及时公布。',
      },
      t.ctx(drafter),
    ),
  );
}

it('a draft waits with the propaganda department at once and is approved there', async () => {
  const id = await draft('县城积水');
  const reader = t.app.get(StatementReader);
  const waiting = await reader.list(dataScopeOf(propaganda), [StatementStatus.DRAFT]);
  expect(waiting.map((s) => s.statementId)).toContain(id);
  await t.commands.execute(
    new ApproveStatementCommand(propaganda, id, { note: '同意' }, undefined, t.ctx(propaganda)),
  );
  expect(await reader.byId(dataScopeOf(drafter), id)).toMatchObject({ status: StatementStatus.APPROVED });
});

it('the centre’s own leader may not approve its wording: refused, nothing written', async () => {
  const id = await draft('菜市场占道');
  const before = await t.events(statementStreamId(id));
  await expect(
    t.commands.execute(
      new ApproveStatementCommand(centreLeader, id, { note: '' }, undefined, t.ctx(centreLeader)),
    ),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await t.events(statementStreamId(id))).toEqual(before);
  expect(await t.app.get(StatementReader).byId(dataScopeOf(drafter), id)).toMatchObject({
    status: StatementStatus.DRAFT,
  });
});
