import { Principal } from '@app/access';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { EnterIntakeItemCommand } from './commands/enter-intake-item/enter-intake-item.command';
import { IntakeQueries } from './queries/intake-queries';

/**
 * 人工录入 on PostgreSQL through the CommandBus: a village 网格员's entry is in the centre's 舆情线索 queue as soon as
 * it is entered, and the same entry when retried with the same key; an auditor may not enter one, and a refused
 * entry leaves no item behind.
 */
let t: CapabilityFixture;
let village: Principal; // 刘云, 柳营村 网格员
let duty: Principal; // 周明, county centre duty officer
let auditor: Principal; // 钱军, county centre auditor

beforeAll(async () => {
  t = await openCapability('intake');
  [village, duty, auditor] = await Promise.all(['liuyun', 'zhouming', 'qianjun'].map((u) => t.as(u)));
});
afterAll(() => t?.close());

const enter = (p: Principal, text: string, key?: string) =>
  t.commands.execute(
    new EnterIntakeItemCommand(
      p,
      {
        platform: 'WECHAT',
        text,
        publishedAt: new Date(t.clock.now().getTime() - 600_000).toISOString(),
        spread: { views: 300 },
      },
      t.ctx(p, key),
    ),
  );

const items = async () =>
  (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM intake_item_view`))[0].n;

it('an entry reaches the centre’s queue at once, and a retry with the same key is the same entry', async () => {
  const id = await enter(village, '柳营村微信群有人称自来水厂水质有问题，群内转发较多。', 'entry-1');
  expect(await enter(village, '柳营村微信群有人称自来水厂水质有问题，群内转发较多。', 'entry-1')).toBe(id);
  const queue = await t.app.get(IntakeQueries).queue(duty, 100);
  expect(queue.edges.filter((e) => e.node.id === id)).toHaveLength(1);
  expect(await t.app.get(IntakeQueries).item(village, id)).toMatchObject({
    status: 'RECEIVED',
    sourceKind: 'MANUAL',
  });
});

it('an auditor may not enter one: refused, and no item is written', async () => {
  const before = await items();
  await expect(enter(auditor, '审计人员不应录入线索')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await items()).toBe(before);
});
