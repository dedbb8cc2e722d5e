import { deciderSpec } from '@test/given-when-then';
import { takedownDecider, TakedownCommand } from './takedown-request.decider';
import { TakedownAnswer, TakedownEvent, TakedownEventType } from './takedown-request.events';

const now = new Date('2026-12-03T02:00:00.000Z');
const centre = { now, actorUserId: 'u-centre', actorUnitId: 'centre' };
const { given } = deciderSpec(takedownDecider);

const send = (
  over: Partial<Extract<TakedownCommand, { type: 'SendTakedownRequest' }>> = {},
): TakedownCommand => ({
  type: 'SendTakedownRequest',
  requestId: 'r1',
  context: centre,
  incident: { incidentId: 'i1', countyId: 'c', closed: false, visibleUnits: ['centre', 'donghu'] },
  platform: ' 清水论坛运营方 ',
  itemUrls: ['https://bbs.example/t/1', 'https://bbs.example/t/1', 'https://bbs.example/t/2'],
  request: '上述贴文内容不实，请依法依规处置',
  ...over,
});
const sent: TakedownEvent = {
  type: TakedownEventType.Sent,
  data: {
    requestId: 'r1',
    incidentId: 'i1',
    by: 'u-centre',
    byUnit: 'centre',
    at: now.toISOString(),
    countyId: 'c',
    incidentVisibleUnits: ['centre', 'donghu'],
    platform: '清水论坛运营方',
    itemUrls: ['https://bbs.example/t/1', 'https://bbs.example/t/2'],
    request: '上述贴文内容不实，请依法依规处置',
  },
};
const answer = (a: string, context = centre): TakedownCommand => ({
  type: 'RecordTakedownAnswer',
  requestId: 'r1',
  context,
  answer: a as TakedownAnswer,
  note: '',
});
const answered = (a: TakedownAnswer): TakedownEvent => ({
  type: TakedownEventType.Answered,
  data: {
    requestId: 'r1',
    incidentId: 'i1',
    by: 'u-centre',
    byUnit: 'centre',
    at: now.toISOString(),
    answer: a,
    note: '',
  },
});

describe('函告网站', () => {
  it('is sent to a platform by name with the items’ links, each link once', () => {
    given().when(send()).then([sent]);
  });

  it('refuses bad input field by field, a second send, and a closed incident', () => {
    given()
      .when(send({ platform: ' ', itemUrls: ['ftp://x', 'not a link'], request: '删' }))
      .thenThrows('INPUT.INVALID', [
        'input.platform',
        'input.itemUrls[0]',
        'input.itemUrls[1]',
        'input.request',
      ]);
    given()
      .when(send({ itemUrls: [] }))
      .thenThrows('INPUT.INVALID', ['input.itemUrls']);
    given([sent]).when(send()).thenThrows('TAKEDOWN.EXISTS');
    given()
      .when(send({ incident: { incidentId: 'i1', countyId: 'c', closed: true, visibleUnits: [] } }))
      .thenThrows('TAKEDOWN.INCIDENT_CLOSED');
  });

  it('records the platform’s answer; no answer may later become removed or refused, but not the other way', () => {
    given([sent])
      .when(answer('REMOVED'))
      .then([answered(TakedownAnswer.REMOVED)]);
    given([sent, answered(TakedownAnswer.NO_ANSWER)])
      .when(answer('REFUSED'))
      .then([answered(TakedownAnswer.REFUSED)]);
    given([sent, answered(TakedownAnswer.REMOVED)])
      .when(answer('REFUSED'))
      .thenThrows('TAKEDOWN.ALREADY_ANSWERED');
  });

  it('only the sending unit records the answer, and only a known answer', () => {
    given([sent])
      .when(answer('REMOVED', { ...centre, actorUnitId: 'donghu' }))
      .thenThrows('TAKEDOWN.SENDER_ONLY');
    given([sent]).when(answer('DELETED')).thenThrows('INPUT.INVALID', ['input.answer']);
    given().when(answer('REMOVED')).thenThrows('TAKEDOWN.NOT_FOUND');
  });
});
