import { shippedCalendar } from '@app/calendar';
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

  it('a same-day reply is given the least working time: dispatched at 23:27, due the next working morning', () => {
    const cal = shippedCalendar();
    const inquiry = (local: string, policy = DEFAULT_DEADLINE_POLICY) =>
      deadlineFor(policy, new Date(`${local}+08:00`), Grade.IV, IncidentNature.INQUIRY_APPEAL, cal);
    // Tuesday 23:27 Beijing: not 32 minutes, but one office hour from 08:30 on Wednesday.
    expect(inquiry('2025-10-14T23:27:00')).toEqual({
      dueAt: new Date('2025-10-15T09:30:00+08:00'),
      hardDueAt: new Date('2025-10-16T09:30:00+08:00'),
      rule: 'SAME_DAY_LEAST_TIME',
    });
    // During the office day the day itself gives more: still the same day.
    expect(inquiry('2025-10-14T16:00:00')).toMatchObject({
      dueAt: new Date('2025-10-14T23:59:59.999+08:00'),
      rule: 'SAME_DAY',
    });
    // Late on a Friday, or on the eve of a holiday, the least time runs on the next working day.
    expect(inquiry('2025-10-17T17:00:00').dueAt).toEqual(new Date('2025-10-20T09:00:00+08:00'));
    expect(inquiry('2025-09-30T23:27:00').dueAt).toEqual(new Date('2025-10-09T09:30:00+08:00'));
    // A county that takes the day literally (0), or sets its own least time.
    expect(
      inquiry('2025-10-14T23:27:00', { ...DEFAULT_DEADLINE_POLICY, sameDayLeastMinutes: 0 }),
    ).toMatchObject({
      dueAt: new Date('2025-10-14T23:59:59.999+08:00'),
      rule: 'SAME_DAY',
    });
    expect(
      inquiry('2025-10-14T23:27:00', { ...DEFAULT_DEADLINE_POLICY, sameDayLeastMinutes: 210 }).dueAt,
    ).toEqual(new Date('2025-10-15T12:00:00+08:00'));
  });
});
