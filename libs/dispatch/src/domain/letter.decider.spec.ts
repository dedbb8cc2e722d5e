import { Grade } from '@app/incidents/domain';
import { DecisionContext } from '@app/kernel';
import { deciderSpec } from '@test/given-when-then';
import { letterSent } from './dispatch.fixtures';
import { LetterCommand, letterDecider, LetterEvent, LetterEventType } from './letter.decider';

/**
 * 网络风险提示函 (004 §二(二)): the centre sends a letter to units of its county, each recipient signs for it
 * (签收) once, and a receipt deadline chases, then escalates, only those still unsigned — once per timer.
 */
const { given } = deciderSpec(letterDecider);

const NOW = new Date('2026-03-02T02:00:00Z');
const DUE = new Date('2026-03-02T06:00:00Z');
const centre: DecisionContext = { now: NOW, actorUserId: 'zhouming', actorUnitId: 'centre' };
const at = (unitId: string, now = NOW): DecisionContext => ({
  now,
  actorUserId: `${unitId}-clerk`,
  actorUnitId: unitId,
});

const content = {
  title: '  查档收费舆情风险提示 ',
  risk: '误解',
  level: Grade.IV,
  scope: '全县',
  watchPoints: '评论区',
  requestedMeasures: '及时说明',
};

const send = (over: Partial<Extract<LetterCommand, { type: 'SendRiskLetter' }>> = {}): LetterCommand => ({
  type: 'SendRiskLetter',
  letterId: 'letter-1',
  context: centre,
  incidentId: 'incident-1',
  countyId: 'qingshui',
  recipientUnitIds: ['donghu', 'police', 'donghu'],
  knownRecipientUnitIds: ['donghu', 'police', 'archive'],
  content,
  receiptDueAt: DUE,
  confidential: false,
  ...over,
});

const sent = letterSent(NOW, DUE);

const sign = (unitId: string): LetterCommand => ({
  type: 'SignRiskLetter',
  letterId: 'letter-1',
  context: at(unitId),
});
const signed = (unitId: string): LetterEvent => ({
  type: LetterEventType.Signed,
  data: {
    letterId: 'letter-1',
    incidentId: 'incident-1',
    unitId,
    by: `${unitId}-clerk`,
    at: NOW.toISOString(),
  },
});

const fire = (timerId: string, kind: 'CHASE' | 'ESCALATE', now: Date): LetterCommand => ({
  type: 'FireLetterTimer',
  letterId: 'letter-1',
  context: { now, actorUserId: 'system', actorUnitId: 'centre' },
  timerId,
  kind,
});
const AFTER_DUE = new Date(DUE.getTime() + 60_000);

describe('sending a risk letter', () => {
  it('goes to each recipient once, from the sending unit, with its text trimmed', () => {
    given().when(send()).then([sent]);
  });

  it('is sent once', () => {
    given([sent]).when(send()).thenThrows('LETTER.ALREADY_SENT');
  });

  it('goes only to units of the county, at least one, with a receipt deadline still ahead', () => {
    given()
      .when(send({ recipientUnitIds: ['donghu', 'elsewhere'] }))
      .thenThrows('INPUT.INVALID', ['input.recipientUnitIds[1]']);
    given()
      .when(send({ recipientUnitIds: [] }))
      .thenThrows('INPUT.INVALID', ['input.recipientUnitIds']);
    given()
      .when(send({ receiptDueAt: NOW }))
      .thenThrows('INPUT.INVALID', ['input.receiptDueAt']);
  });

  it('says what the risk is: title, risk, scope, watch points and measures are required', () => {
    given()
      .when(
        send({
          content: { ...content, title: ' ', risk: '', scope: '', watchPoints: '', requestedMeasures: '' },
        }),
      )
      .thenThrows('INPUT.INVALID', [
        'input.title',
        'input.risk',
        'input.scope',
        'input.watchPoints',
        'input.requestedMeasures',
      ]);
  });
});

describe('signing for a letter (签收)', () => {
  it('records the signing unit and who signed', () => {
    given([sent])
      .when(sign('donghu'))
      .then([signed('donghu')]);
  });

  it('is once per unit', () => {
    given([sent, signed('donghu')])
      .when(sign('donghu'))
      .thenThrows('LETTER.ALREADY_SIGNED');
    given([sent, signed('donghu')])
      .when(sign('police'))
      .then([signed('police')]);
  });

  it('needs a letter that was sent', () => {
    given().when(sign('donghu')).thenThrows('LETTER.NOT_FOUND');
  });
});

describe('the receipt deadline', () => {
  it('chases only the recipients still unsigned once it has passed', () => {
    given([sent, signed('donghu')])
      .when(fire('chase-1', 'CHASE', AFTER_DUE))
      .then([
        {
          type: LetterEventType.Chased,
          data: {
            letterId: 'letter-1',
            incidentId: 'incident-1',
            timerId: 'chase-1',
            unsignedUnitIds: ['police'],
            receiptDueAt: DUE.toISOString(),
            at: AFTER_DUE.toISOString(),
          },
        },
      ]);
  });

  it('escalates with the same facts', () => {
    given([sent])
      .when(fire('escalate-1', 'ESCALATE', AFTER_DUE))
      .then((events) => {
        expect(events.map((e) => e.type)).toEqual([LetterEventType.Escalated]);
        expect(events[0].data).toMatchObject({ unsignedUnitIds: ['donghu', 'police'] });
      });
  });

  it('does nothing before the deadline, once everyone signed, or a second time for the same timer', () => {
    given([sent])
      .when(fire('chase-1', 'CHASE', NOW))
      .thenNothingHappens();
    given([sent, signed('donghu'), signed('police')])
      .when(fire('chase-1', 'CHASE', AFTER_DUE))
      .thenNothingHappens();
    const chased: LetterEvent = {
      type: LetterEventType.Chased,
      data: {
        letterId: 'letter-1',
        incidentId: 'incident-1',
        timerId: 'chase-1',
        unsignedUnitIds: ['donghu', 'police'],
        receiptDueAt: DUE.toISOString(),
        at: AFTER_DUE.toISOString(),
      },
    };
    given([sent, chased])
      .when(fire('chase-1', 'CHASE', AFTER_DUE))
      .thenNothingHappens();
  });

  it('has nothing to chase for a letter never sent', () => {
    given()
      .when(fire('chase-1', 'CHASE', AFTER_DUE))
      .thenNothingHappens();
  });
});
