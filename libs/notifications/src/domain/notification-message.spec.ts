import { InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { composeMessage, DeliveryFacts } from './notification-message';

const facts = (o: Partial<DeliveryFacts> = {}): DeliveryFacts => ({
  deliveryId: 'd-1',
  unitId: 'u-1',
  kind: InboxChangeKind.TASK_DISPATCHED,
  refType: InboxRef.TASK,
  refId: 't-1',
  incidentId: 'i-1',
  fromUnitId: 'centre',
  audience: InboxAudience.UNIT,
  confidential: false,
  title: '柳营村征地补偿款未发放',
  noteZh: '距时限还剩 1 小时',
  noteEn: '1 hour left',
  arrivedAt: new Date('2026-05-12T01:00:00.000Z'),
  ...o,
});

describe('notification message', () => {
  it('says what arrived, with the title, the note and a link, in Chinese with English', () => {
    const m = composeMessage(facts(), 'https://yuqing.example/');
    expect(m.subject).toBe('【舆情应急】收到派单：柳营村征地补偿款未发放');
    expect(m.text).toContain('收到派单 / Task dispatched to you');
    expect(m.text).toContain('附言 / Note: 距时限还剩 1 小时 / 1 hour left');
    expect(m.text).toContain('https://yuqing.example/#/task/t-1');
    expect(m.payload).toMatchObject({
      title: '柳营村征地补偿款未发放',
      link: 'https://yuqing.example/#/task/t-1',
    });
  });

  it('puts nothing of a confidential incident in it, even if the facts carried some (002)', () => {
    const m = composeMessage(facts({ confidential: true }), null);
    expect(m.subject).toBe('【舆情应急】收到派单（涉密事件，请登录平台查看）');
    const all = `${m.subject}\n${m.text}\n${JSON.stringify(m.payload)}`;
    expect(all).not.toContain('柳营村');
    expect(all).not.toContain('距时限');
    expect(m.payload).not.toHaveProperty('title');
    expect(m.payload).not.toHaveProperty('note');
    expect(m.payload).toMatchObject({ confidential: true, refId: 't-1', link: 'yuqing:task/t-1' });
  });
});
