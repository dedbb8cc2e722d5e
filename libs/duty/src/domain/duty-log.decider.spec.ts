import { actingAs, deciderSpec } from '@test/given-when-then';
import { dutyLogDecider, RecordDutyLog } from './duty-log.decider';
import { DutyEventType, DutyLogKind } from './duty.events';

const { given } = deciderSpec(dutyLogDecider);
const context = { ...actingAs('u-duty', 'centre', new Date('2026-12-03T14:30:00Z')), actorName: '林岚' };

const record = (over: Partial<RecordDutyLog['entry']> = {}): RecordDutyLog => ({
  type: 'RecordDutyLog',
  context,
  entry: {
    entryId: 'e1',
    unitId: 'centre',
    countyId: 'county',
    kind: DutyLogKind.OBSERVATION,
    text: '  东湖镇贴吧出现征地补偿帖，转发 40 余次  ',
    incidentId: null,
    onDuty: true,
    ...over,
  },
});

describe('duty log decider', () => {
  it('records a line trimmed, with who wrote it and when from the decision context', () => {
    given()
      .when(record())
      .then([
        {
          type: DutyEventType.LogRecorded,
          data: {
            entryId: 'e1',
            unitId: 'centre',
            countyId: 'county',
            kind: DutyLogKind.OBSERVATION,
            text: '东湖镇贴吧出现征地补偿帖，转发 40 余次',
            incidentId: null,
            onDuty: true,
            userId: 'u-duty',
            userName: '林岚',
            at: '2026-12-03T14:30:00.000Z',
          },
        },
      ]);
  });

  it('only grows: a line after others is recorded on its own', () => {
    let earlier: ReturnType<typeof dutyLogDecider.decide> = [];
    given()
      .when(record())
      .then((e) => (earlier = e));
    given(earlier)
      .when(record({ entryId: 'e2', kind: DutyLogKind.HANDOVER, text: '交班：东湖镇帖已移交' }))
      .then(([e]) => expect(e.data).toMatchObject({ entryId: 'e2', kind: DutyLogKind.HANDOVER }));
  });

  it('refuses a blank line, one over 2,000 characters and an unknown kind, naming the field', () => {
    given()
      .when(record({ text: '   ' }))
      .thenThrows('INPUT.INVALID', ['input.text']);
    given()
      .when(record({ text: '记'.repeat(2001) }))
      .thenThrows('INPUT.INVALID', ['input.text']);
    given()
      .when(record({ kind: 'GOSSIP' as DutyLogKind }))
      .thenThrows('INPUT.INVALID', ['input.kind']);
  });
});
