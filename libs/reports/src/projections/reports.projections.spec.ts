import { actingAs, deciderSpec, givenEvents } from '@test/given-when-then';
import { DailyReportEvent, dailyReportDecider, IssueDailyReport } from '../domain/daily-report.decider';
import { SpecialReportCommand, specialReportDecider } from '../domain/special-report.decider';
import { SpecialReportEvent } from '../domain/special-report.events';
import { dailyReportIssue, specialReportDraft, specialReportSignOff } from '../domain/reports.fixtures';
import { applyToDailyReportView } from './daily-report.projection';
import { applyToSpecialReportView } from './special-report.projection';

/** The report read models (daily_report_view, special_report_view) as their folds build them from the log. */

/** The events a run of commands decides, one after another on one stream (the decider makes them, so they are real). */
function decided<C, E extends { type: string; data: object }, S>(
  decider: { decide(c: C, s: S): E[]; evolve(s: S, e: E): S; initialState(): S },
  commands: C[],
): E[] {
  const events: E[] = [];
  for (const c of commands) {
    deciderSpec(decider)
      .given(events)
      .when(c)
      .then((e) => events.push(...e));
  }
  return events;
}

const officer = (name: string, iso: string) => ({
  ...actingAs(name === '周明' ? 'u1' : 'u2', 'centre', new Date(iso)),
  actorName: name,
});

const issue = (context: IssueDailyReport['context'], remarks: string, correctionReason?: string) =>
  dailyReportIssue(context, { remarks }, correctionReason);

describe('daily_report_view', () => {
  it('shows the first issue with who issued it and when', () => {
    const events = decided<IssueDailyReport, DailyReportEvent, { revision: number }>(dailyReportDecider, [
      issue(officer('周明', '2026-12-02T23:00:00Z'), '无'),
    ]);
    givenEvents(events)
      .project(applyToDailyReportView)
      .then({
        reportId: 'r1',
        day: '2026-12-02',
        revision: 1,
        issuedByName: '周明',
        issuedAt: new Date('2026-12-02T23:00:00Z'),
        firstIssuedAt: new Date('2026-12-02T23:00:00Z'),
        correctionReason: null,
      });
  });

  it('a correction replaces the content, keeps when it first went out, and lists every revision', () => {
    const events = decided<IssueDailyReport, DailyReportEvent, { revision: number }>(dailyReportDecider, [
      issue(officer('周明', '2026-12-02T23:00:00Z'), '无'),
      issue(officer('吴静', '2026-12-03T02:00:00Z'), '东湖镇数字更正', '东湖镇工单数有误'),
    ]);
    const row = givenEvents(events).project(applyToDailyReportView).row();
    expect(row).toMatchObject({
      revision: 2,
      remarks: '东湖镇数字更正',
      correctionReason: '东湖镇工单数有误',
      issuedByName: '吴静',
      issuedAt: new Date('2026-12-03T02:00:00Z'),
      firstIssuedAt: new Date('2026-12-02T23:00:00Z'),
    });
    expect(row!.revisions).toEqual([
      { revision: 1, issuedByName: '周明', at: '2026-12-02T23:00:00.000Z', correctionReason: null },
      {
        revision: 2,
        issuedByName: '吴静',
        at: '2026-12-03T02:00:00.000Z',
        correctionReason: '东湖镇工单数有误',
      },
    ]);
  });
});

const drafter = officer('周明', '2026-12-03T02:00:00Z');
const save = (title: string) => specialReportDraft(drafter, { title });
const signOff = (incidentConfidential = false) =>
  specialReportSignOff(officer('吴静', '2026-12-03T03:00:00Z'), incidentConfidential);

const specialReport = (...commands: SpecialReportCommand[]) =>
  decided<SpecialReportCommand, SpecialReportEvent, ReturnType<typeof specialReportDecider.initialState>>(
    specialReportDecider,
    commands,
  );

describe('special_report_view', () => {
  it('a draft is a DRAFT row with no number; each save is the next revision', () => {
    givenEvents(
      specialReport(save('关于东湖镇征地补偿网帖的舆情专报'), save('关于东湖镇征地补偿的舆情专报（修改）')),
    )
      .project(applyToSpecialReportView)
      .then({
        status: 'DRAFT',
        title: '关于东湖镇征地补偿的舆情专报（修改）',
        draftRevision: 2,
        draftedByName: '周明',
        year: null,
        number: null,
        version: 2,
      });
  });

  it('signed off, it carries its number, recipients, signer, and the 涉密 the sign-off decided', () => {
    givenEvents(specialReport(save('关于东湖镇征地补偿网帖的舆情专报'), signOff(true)))
      .project(applyToSpecialReportView)
      .then({
        status: 'ISSUED',
        year: 2026,
        number: 3,
        recipientUnitIds: ['prop', 'donghu'],
        issuedByName: '吴静',
        issuedAt: new Date('2026-12-03T03:00:00Z'),
        confidential: true,
        version: 2,
      });
  });

  it('withdrawn, it keeps who withdrew it and why', () => {
    const withdraw: SpecialReportCommand = {
      type: 'WithdrawSpecialReport',
      context: { ...drafter, now: new Date('2026-12-03T04:00:00Z') },
      withdrawal: {
        reportId: 'r1',
        incidentId: 'i1',
        unitId: 'centre',
        countyId: 'county',
        reason: '事件已平息',
      },
    };
    givenEvents(specialReport(save('关于东湖镇征地补偿网帖的舆情专报'), withdraw))
      .project(applyToSpecialReportView)
      .then({
        status: 'WITHDRAWN',
        withdrawnByName: '周明',
        withdrawReason: '事件已平息',
        withdrawnAt: new Date('2026-12-03T04:00:00Z'),
      });
  });

  it('a sign-off or withdrawal without a draft row makes no row', () => {
    const [issued] = specialReport(save('关于东湖镇征地补偿网帖的舆情专报'), signOff()).slice(1);
    givenEvents([issued]).project(applyToSpecialReportView).then(undefined);
  });
});
