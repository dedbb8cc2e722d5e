import { ALONGSIDE_OPERATIONS, alongsideOperations, unavailableSteps } from './incident-alongside';
import { allowedOperations, initialIncidentState, IncidentState, OPERATIONS } from './incident.decider';
import { IncidentStatus } from './incident.enums';

const state = (status: IncidentStatus, over: Partial<IncidentState> = {}): IncidentState => ({
  ...initialIncidentState(),
  exists: true,
  incidentId: 'i1',
  status,
  ...over,
});

describe('alongsideOperations: the letter, referral and statement steps an incident offers by its state', () => {
  it('offers nothing for an incident that does not exist', () => {
    expect(alongsideOperations(initialIncidentState())).toEqual([]);
  });

  it('offers a statement but no letter before the assessment, and no referral before tasks may be dispatched', () => {
    expect(alongsideOperations(state(IncidentStatus.REGISTERED))).toEqual([
      'draftStatement',
      'draftSpecialReport',
      'attachEvidence',
    ]);
    expect(alongsideOperations(state(IncidentStatus.ASSESSED))).toEqual([
      'sendRiskLetter',
      'draftStatement',
      'draftSpecialReport',
      'sendTakedownRequest',
      'draftHandlingPlan',
      'attachEvidence',
    ]);
  });

  it('offers the referral where the incident takes tasks', () => {
    expect(alongsideOperations(state(IncidentStatus.HANDLING, { listed: true }))).toEqual([
      'sendRiskLetter',
      'referToPolice',
      'draftStatement',
      'draftSpecialReport',
      'sendTakedownRequest',
      'draftHandlingPlan',
      'attachEvidence',
    ]);
  });

  it('offers only a special report and evidence once the incident is closed', () => {
    expect(alongsideOperations(state(IncidentStatus.CLOSED))).toEqual([
      'draftSpecialReport',
      'attachEvidence',
    ]);
  });
});

describe('unavailableSteps: every step not open now, with the reason a person can act on (issue 20 §5)', () => {
  const reasons = (s: IncidentState) =>
    Object.fromEntries(unavailableSteps(s).map((u) => [u.operation, u.reason.zh]));

  it('names the step that must come first on a registered incident', () => {
    const r = reasons(state(IncidentStatus.REGISTERED));
    expect(r.issueWarning).toBe('事件尚未研判');
    expect(r.sendRiskLetter).toBe('事件尚未研判');
    expect(r.dispatchTask).toBe('事件尚未研判、列单');
    expect(r.referToPolice).toBe('事件尚未研判、列单');
    expect(r.closeIncident).toBe('事件尚未平息，请先标记平息');
    expect(r.fileIncidentReview).toBe('事件尚未办结');
    expect(r.assessIncident).toBeUndefined();
  });

  it('says 办结 waits for the warning to be lifted, then for the open tasks', () => {
    const warned = state(IncidentStatus.CALMED, { warning: { level: 'II' as never, active: true } });
    expect(reasons(warned).closeIncident).toBe('预警尚未解除');
    const withTask = state(IncidentStatus.CALMED, { tasks: { t1: { unitId: 'u', settled: false } } });
    expect(reasons(withTask).closeIncident).toBe('还有 1 张工单未销号或撤销');
    expect(reasons(state(IncidentStatus.CALMED)).closeIncident).toBeUndefined();
  });

  it('asks to reopen a closed incident first, and says what is done already', () => {
    const closed = reasons(state(IncidentStatus.CLOSED, { listed: true }));
    expect(closed.dispatchTask).toBe('事件已办结，需先重新打开');
    expect(closed.sendRiskLetter).toBe('事件已办结');
    expect(reasons(state(IncidentStatus.HANDLING, { listed: true })).listIncident).toBe('事件已列单');
    expect(reasons(state(IncidentStatus.CALMED, { listed: true })).markIncidentCalmed).toBe('事件已标记平息');
    expect(
      reasons(state(IncidentStatus.WARNED, { warning: { level: 'III' as never, active: true } }))
        .issueWarning,
    ).toBe('已有生效的预警，请调整或解除');
  });

  it('is exactly the complement of what is allowed, for every state', () => {
    for (const status of Object.values(IncidentStatus)) {
      for (const over of [{}, { listed: true }, { warning: { level: 'IV' as never, active: true } }]) {
        const s = state(status, over);
        const open = [...allowedOperations(s), ...alongsideOperations(s)];
        const closed = unavailableSteps(s).map((u) => u.operation);
        expect([...open, ...closed].sort()).toEqual(
          [...Object.keys(OPERATIONS), ...Object.keys(ALONGSIDE_OPERATIONS)].sort(),
        );
        expect(open.filter((o) => closed.includes(o))).toEqual([]);
        expect(unavailableSteps(s).every((u) => u.reason.zh && u.reason.en)).toBe(true);
      }
    }
  });
});
