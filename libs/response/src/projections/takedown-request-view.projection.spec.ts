import { actingAs, decided, givenEvents } from '@test/given-when-then';
import { TakedownCommand, takedownDecider } from '../domain/takedown-request.decider';
import { TakedownAnswer } from '../domain/takedown-request.events';
import { applyToTakedownView } from './takedown-request-view.projection';

/** takedown_request_view as its fold builds it: the 函告 as sent, and the platform's latest answer. */
const send: TakedownCommand = {
  type: 'SendTakedownRequest',
  requestId: 'r1',
  context: actingAs('u-centre', 'centre', new Date('2026-12-03T02:00:00Z')),
  incident: { incidentId: 'i1', countyId: 'qingshui', closed: false, visibleUnits: ['centre', 'donghu'] },
  platform: '清水论坛运营方',
  itemUrls: ['https://bbs.example/t/1', 'https://bbs.example/t/2'],
  request: '上述贴文内容不实，请依法依规处置',
};
const answer = (a: TakedownAnswer, note: string, iso: string): TakedownCommand => ({
  type: 'RecordTakedownAnswer',
  requestId: 'r1',
  context: actingAs('u-centre', 'centre', new Date(iso)),
  answer: a,
  note,
});
const request = (...commands: TakedownCommand[]) => decided(takedownDecider, [send, ...commands]);

it('a sent request awaits an answer, seen by the sender and the incident’s readers', () => {
  givenEvents(request())
    .project(applyToTakedownView)
    .then({
      requestId: 'r1',
      incidentId: 'i1',
      sendingUnitId: 'centre',
      visibleUnits: ['centre', 'donghu'],
      platform: '清水论坛运营方',
      itemUrls: ['https://bbs.example/t/1', 'https://bbs.example/t/2'],
      sentBy: 'u-centre',
      sentAt: new Date('2026-12-03T02:00:00Z'),
      answer: null,
      answerNote: null,
      answeredAt: null,
      version: 1,
    });
});

it('“no answer yet” is replaced by the answer that follows; an empty note is no note', () => {
  const events = request(
    answer(TakedownAnswer.NO_ANSWER, '', '2026-12-04T02:00:00Z'),
    answer(TakedownAnswer.REFUSED, '平台称内容不违规', '2026-12-05T02:00:00Z'),
  );
  givenEvents(events.slice(0, 2))
    .project(applyToTakedownView)
    .then({ answer: TakedownAnswer.NO_ANSWER, answerNote: null, version: 2 });
  givenEvents(events)
    .project(applyToTakedownView)
    .then({
      answer: TakedownAnswer.REFUSED,
      answerNote: '平台称内容不违规',
      answeredBy: 'u-centre',
      answeredAt: new Date('2026-12-05T02:00:00Z'),
      version: 3,
    });
});

it('makes no row from an answer to a request it never saw sent', () => {
  const [, answered] = request(answer(TakedownAnswer.REMOVED, '', '2026-12-04T02:00:00Z'));
  givenEvents([answered]).project(applyToTakedownView).then(undefined);
});
