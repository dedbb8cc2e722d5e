import { Principal } from '@app/access';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { listedIncidentOnBus } from '../../../test/support/capability-steps';
import { IssueDailyReportCommand } from './commands/issue-daily-report/issue-daily-report.command';
import { dailyReportStreamId } from './domain/daily-report.events';
import { DailyReportService } from './queries/daily-report.service';

/**
 * 舆情日报 on PostgreSQL through the CommandBus (004 §三(二)): the report compiles the day's incidents from the read
 * models and is listed as issued when the command returns; a second issue without a 更正 reason (a double submit)
 * or by a township is refused and the day's stream is unchanged; with a reason it is revision 2.
 */
let t: CapabilityFixture;
let duty: Principal; // 周明, county centre duty officer
let lina: Principal; // 李娜, 东湖镇 handler
const TODAY = '2026-05-12';

beforeAll(async () => {
  t = await openCapability('reports');
  [duty, lina] = await Promise.all([t.as('zhouming'), t.as('lina')]);
});
afterAll(() => t?.close());

const issue = (p: Principal, correctionReason?: string) =>
  t.commands.execute(
    new IssueDailyReportCommand(
      p,
      { date: TODAY, positive: ['县融媒体中心发布防汛提示'], remarks: '', correctionReason },
      t.ctx(p),
    ),
  );

it('the day’s incidents are compiled into the report, listed at once; a correction is revision 2', async () => {
  const incidentId = await listedIncidentOnBus(t, duty, { title: '城南小区停水' });
  const first = await issue(duty);
  expect(first).toMatchObject({ day: TODAY, revision: 1 });
  expect(first.sensitive).toContainEqual(expect.objectContaining({ incidentId, title: '城南小区停水' }));

  const before = await t.events(dailyReportStreamId(duty.unitId, TODAY));
  await expect(issue(duty)).rejects.toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'DAILY_REPORT.ALREADY_ISSUED',
  });
  await expect(issue(lina)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await t.events(dailyReportStreamId(duty.unitId, TODAY))).toEqual(before);

  await issue(duty, '补报漏列事件');
  const listed = await t.app.get(DailyReportService).list(duty, TODAY, TODAY);
  expect(listed.map((r) => [r.reportId, r.revision, r.correctionReason])).toEqual([
    [first.reportId, 2, '补报漏列事件'],
  ]);
});
