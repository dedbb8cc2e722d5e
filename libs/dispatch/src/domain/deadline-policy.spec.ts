import { Grade, IncidentNature } from '@app/incidents';
import { deadlineFor, DEFAULT_DEADLINE_POLICY, endOfDay } from './deadline-policy';

const at = new Date('2026-03-02T02:00:00.000Z'); // 10:00 in Asia/Shanghai

describe('deadline policy (002, 003)', () => {
  it('grade III and above: written feedback 12 h after dispatch, never later than 24 h', () => {
    for (const grade of [Grade.III, Grade.II, Grade.I]) {
      expect(deadlineFor(DEFAULT_DEADLINE_POLICY, at, grade, IncidentNature.MALICIOUS_HYPE)).toEqual({
        dueAt: new Date('2026-03-02T14:00:00.000Z'),
        hardDueAt: new Date('2026-03-03T02:00:00.000Z'),
        rule: 'WRITTEN_FEEDBACK',
      });
    }
  });

  it('grade IV inquiry: a handling opinion the same day (Beijing time)', () => {
    expect(deadlineFor(DEFAULT_DEADLINE_POLICY, at, Grade.IV, IncidentNature.INQUIRY_APPEAL)).toMatchObject({
      dueAt: new Date('2026-03-02T15:59:59.999Z'),
      rule: 'SAME_DAY',
    });
    // Dispatched at 23:30 Beijing time (15:30 UTC): still that same day.
    expect(endOfDay(new Date('2026-03-02T15:30:00.000Z'), 'Asia/Shanghai')).toEqual(
      new Date('2026-03-02T15:59:59.999Z'),
    );
    // Dispatched at 00:30 Beijing time (16:30 UTC the day before): the new day.
    expect(endOfDay(new Date('2026-03-02T16:30:00.000Z'), 'Asia/Shanghai')).toEqual(
      new Date('2026-03-03T15:59:59.999Z'),
    );
  });

  it('a county may change the numbers', () => {
    const policy = { ...DEFAULT_DEADLINE_POLICY, feedbackHours: 6, hardCapHours: 12 };
    expect(deadlineFor(policy, at, Grade.II, null)).toMatchObject({
      dueAt: new Date('2026-03-02T08:00:00.000Z'),
      hardDueAt: new Date('2026-03-02T14:00:00.000Z'),
    });
  });
});
