import { z } from 'zod';
import { AppError, ErrorCode } from '@app/kernel';

/**
 * The Chinese public-holiday calendar with make-up working days (调休), and working time over it. Deadlines that
 * run on working time (a county's policy may say so per step) skip weekends and holidays but count make-up days,
 * and only within office hours. Asia/Shanghai has had no daylight saving since 1991: local time is UTC+8 throughout.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const OFFSET_MS = 8 * 3_600_000;

const day = z.string().regex(DAY, 'must be a date written YYYY-MM-DD');
const yearSchema = z.object({
  source: z.string().min(1, 'must name the notice it comes from'),
  verified: z.boolean().default(false),
  holidays: z.array(z.object({ name: z.string().min(1), from: day, to: day })),
  makeUpWorkdays: z.array(day),
});
export const calendarFileSchema = z.object({
  format: z.literal('yuqing-holiday-calendar/1'),
  timeZone: z.literal('Asia/Shanghai'),
  workingHours: z.array(z.tuple([z.string().regex(HHMM), z.string().regex(HHMM)])).min(1),
  years: z.record(z.string().regex(/^\d{4}$/, 'years are keyed by four digits'), yearSchema),
});
export type CalendarFile = z.infer<typeof calendarFileSchema>;
export type CalendarYear = z.infer<typeof yearSchema>;

export class InvalidCalendar extends AppError {
  constructor(problems: string[]) {
    super(
      ErrorCode.VALIDATION_FAILED,
      'CALENDAR.INVALID',
      {
        zh: `节假日安排有误：${problems.join('；')}`,
        en: `The holiday calendar is not valid: ${problems.join('; ')}`,
      },
      { problems },
    );
  }
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const isRealDay = (d: string) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/** Every date from `from` to `to` inclusive, as YYYY-MM-DD. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** Reads and checks a calendar file; every problem is named (which year, which day, what is wrong). */
export function parseCalendar(input: unknown): CalendarFile {
  const parsed = calendarFileSchema.safeParse(input);
  if (!parsed.success)
    throw new InvalidCalendar(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    );
  const problems: string[] = [];
  const c = parsed.data;
  let previousEnd = -1;
  for (const [start, end] of c.workingHours) {
    if (minutesOf(start) >= minutesOf(end) || minutesOf(start) < previousEnd)
      problems.push(
        `workingHours: ${start}–${end} must be later than the previous span and end after it starts`,
      );
    previousEnd = minutesOf(end);
  }
  for (const [year, y] of Object.entries(c.years)) {
    const holidayDays = new Set<string>();
    for (const h of y.holidays) {
      for (const d of [h.from, h.to]) {
        if (!isRealDay(d)) problems.push(`${year} ${h.name}: ${d} is not a date`);
        else if (!d.startsWith(year)) problems.push(`${year} ${h.name}: ${d} is not in ${year}`);
      }
      if (h.from > h.to) problems.push(`${year} ${h.name}: ends (${h.to}) before it starts (${h.from})`);
      else for (const d of daysBetween(h.from, h.to)) holidayDays.add(d);
    }
    for (const d of y.makeUpWorkdays) {
      if (!isRealDay(d) || !d.startsWith(year))
        problems.push(`${year}: make-up day ${d} is not a date in ${year}`);
      else if (holidayDays.has(d)) problems.push(`${year}: ${d} is both a holiday and a make-up working day`);
    }
  }
  if (problems.length) throw new InvalidCalendar(problems);
  return c;
}

export interface WorkingDeadline {
  dueAt: Date;
  /** Years the calendar does not cover, where plain Monday–Friday was assumed: load them to be exact. */
  yearsAssumed: number[];
}

export class HolidayCalendar {
  private readonly holidays = new Map<string, string>();
  private readonly makeUp = new Set<string>();
  private readonly spans: [number, number][];
  readonly years: number[];

  constructor(readonly file: CalendarFile) {
    this.spans = file.workingHours.map(([s, e]) => [minutesOf(s), minutesOf(e)]);
    this.years = Object.keys(file.years).map(Number).sort();
    for (const y of Object.values(file.years)) {
      for (const h of y.holidays) for (const d of daysBetween(h.from, h.to)) this.holidays.set(d, h.name);
      for (const d of y.makeUpWorkdays) this.makeUp.add(d);
    }
  }

  /** The calendar date in Asia/Shanghai of an instant, YYYY-MM-DD. */
  static localDay(at: Date): string {
    return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
  }

  covers(year: number): boolean {
    return this.years.includes(year);
  }

  /** The holiday a date falls in (its name), or null. */
  holidayOn(date: string): string | null {
    return this.holidays.get(date) ?? null;
  }

  /** A working day: a make-up day (调休), or Monday–Friday that is not a holiday. */
  isWorkingDay(date: string): boolean {
    if (this.makeUp.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The moment `minutes` of working time after `start`: counted only within office hours of working days. A start
   * outside office hours counts from the next span that opens.
   */
  addWorkingMinutes(start: Date, minutes: number): WorkingDeadline {
    const assumed = new Set<number>();
    let left = Math.max(0, Math.round(minutes));
    if (left === 0) return { dueAt: start, yearsAssumed: [] };
    const startLocal = start.getTime() + OFFSET_MS;
    let dayStart = Math.floor(startLocal / 86_400_000) * 86_400_000; // local midnight, in shifted ms
    let fromMinute = (startLocal - dayStart) / 60_000;
    // A deadline beyond ten years of working time is a mistake, not a deadline.
    for (let guard = 0; guard < 3660; guard++) {
      const date = new Date(dayStart).toISOString().slice(0, 10);
      const year = Number(date.slice(0, 4));
      if (!this.covers(year)) assumed.add(year);
      if (this.isWorkingDay(date)) {
        for (const [s, e] of this.spans) {
          const from = Math.max(s, fromMinute);
          if (from >= e) continue;
          const available = e - from;
          if (left <= available) {
            return {
              dueAt: new Date(dayStart - OFFSET_MS + (from + left) * 60_000),
              yearsAssumed: [...assumed].sort(),
            };
          }
          left -= available;
        }
      }
      dayStart += 86_400_000;
      fromMinute = 0;
    }
    throw new Error('working time beyond ten years');
  }
}
