import { historyLine } from './incident-timeline.resolver';

describe('historyLine', () => {
  it('writes the Beijing time of each event, also when lines of one minute come one after another', () => {
    const at = (iso: string) => new Date(iso);
    expect(historyLine(at('2026-10-01T06:05:00.000Z'), '东湖镇', '李娜', '签收工单')).toBe(
      '14:05 东湖镇 李娜 签收工单',
    );
    expect(historyLine(at('2026-10-01T06:05:59.999Z'), null, null, '派单')).toBe('14:05 派单');
    expect(historyLine(at('2026-10-01T06:06:00.000Z'), '东湖镇', null, '反馈')).toBe('14:06 东湖镇 反馈');
    expect(historyLine(at('2026-10-01T15:59:30.000Z'), null, '李娜', '办结')).toBe('23:59 李娜 办结');
    expect(historyLine(at('2026-10-01T16:00:00.000Z'), null, null, '次日')).toBe('00:00 次日');
    // Back to an earlier minute: not the last one's text.
    expect(historyLine(at('2026-10-01T06:05:10.000Z'), null, null, '补记')).toBe('14:05 补记');
  });
});
