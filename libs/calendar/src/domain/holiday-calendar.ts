import { z } from 'zod';
import { FieldProblem, problem, ValidationFailed } from '@app/kernel';
import { BadWorkingDuration } from './calendar.errors';

/**
 * The Chinese public-holiday calendar with make-up working days (调休), and working time over it, in Asia/Shanghai
 * (no daylight saving since 1991: local time is UTC+8 throughout). A county's deadlines run on it when its policy
 * says `onWorkingTime`.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const OFFSET_MS = 8 * 3_600_000;

const day = z.string().regex(DAY, 'must be a date written YYYY-MM-DD');
const yearSchema = z.object({
  source: z.string().min(1, 'must name the notice it comes from').max(300),
  verified: z.boolean().default(false),
  holidays: z.array(z.object({ name: z.string().min(1).max(50), from: day, to: day })).max(40),
  makeUpWorkdays: z.array(day).max(40),
});
export const calendarFileSchema = z.object({
  format: z.literal('yuqing-holiday-calendar/1'),
  timeZone: z.literal('Asia/Shanghai'),
  workingHours: z
    .array(z.tuple([z.string().regex(HHMM), z.string().regex(HHMM)]))
    .min(1)
    .max(6),
  years: z.record(z.string().regex(/^\d{4}$/, 'years are keyed by four digits'), yearSchema),
});
export type CalendarFile = z.infer<typeof calendarFileSchema>;
export type CalendarYear = z.infer<typeof yearSchema>;

/** A wrong calendar file, with every problem named in Chinese and English (VALIDATION_FAILED). */
export class InvalidCalendar extends ValidationFailed {}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A date that exists (2027-02-30 and 2027-13-01 do not). */
function isRealDay(d: string): boolean {
  const m = DAY.exec(d);
  if (!m) return false;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || da < 1 || da > 31) return false;
  const t = new Date(Date.UTC(y, mo - 1, da));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === da;
}

/** Every date from `from` to `to` inclusive, as YYYY-MM-DD. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

/**
 * A notice for a year may reach into the neighbouring days: the 2023 notice's New Year ran 2022-12-31 to 2023-01-02,
 * and the 2012 notice made 2011-12-31 a working day. Days from 1 December before to 31 January after are accepted.
 */
const withinNotice = (d: string, year: number) => d >= `${year - 1}-12-01` && d <= `${year + 1}-01-31`;

/** Reads and checks a calendar file; every problem is named (which year, which day, what is wrong), zh and en. */
export function parseCalendar(input: unknown): CalendarFile {
  const parsed = calendarFileSchema.safeParse(input);
  if (!parsed.success)
    throw new InvalidCalendar(
      parsed.error.issues.map((i) =>
        problem(i.path.join('.') || 'calendar', `格式有误：${i.message}`, i.message),
      ),
    );
  const problems: FieldProblem[] = [];
  const c = parsed.data;
  let previousEnd = -1;
  c.workingHours.forEach(([start, end], i) => {
    if (minutesOf(start) >= minutesOf(end) || minutesOf(start) < previousEnd)
      problems.push(
        problem(
          `workingHours.${i}`,
          `办公时段 ${start}–${end} 须晚于前一时段且结束晚于开始`,
          `${start}–${end} must be later than the previous span and end after it starts`,
        ),
      );
    previousEnd = minutesOf(end);
  });
  if (Object.keys(c.years).length === 0)
    problems.push(problem('years', '至少列出一年', 'must list at least one year'));
  const everyHoliday = new Map<string, string>();
  for (const [yearText, y] of Object.entries(c.years)) {
    const year = Number(yearText);
    if (year < 2000 || year > 2100) {
      problems.push(
        problem(`years.${yearText}`, '年份须在 2000–2100 之间', 'must be a year from 2000 to 2100'),
      );
      continue;
    }
    y.holidays.forEach((h, i) => {
      const field = `years.${yearText}.holidays.${i}`;
      const bad = [h.from, h.to].filter((d) => !isRealDay(d) || !withinNotice(d, year));
      for (const d of bad)
        problems.push(
          problem(
            field,
            `${h.name}：${d} 不是 ${year} 年安排内的日期`,
            `${h.name}: ${d} is not a date of the ${year} notice`,
          ),
        );
      if (bad.length) return;
      if (h.from > h.to) {
        problems.push(
          problem(
            field,
            `${h.name}：结束（${h.to}）早于开始（${h.from}）`,
            `${h.name}: ends (${h.to}) before it starts (${h.from})`,
          ),
        );
        return;
      }
      for (const d of daysBetween(h.from, h.to)) {
        const other = everyHoliday.get(d);
        if (other)
          problems.push(
            problem(field, `${h.name} 与 ${other} 在 ${d} 重叠`, `${h.name} overlaps ${other} on ${d}`),
          );
        everyHoliday.set(d, h.name);
      }
    });
    const seen = new Set<string>();
    y.makeUpWorkdays.forEach((d, i) => {
      const field = `years.${yearText}.makeUpWorkdays.${i}`;
      if (!isRealDay(d) || !withinNotice(d, year))
        problems.push(
          problem(
            field,
            `调休上班日 ${d} 不是 ${year} 年安排内的日期`,
            `make-up day ${d} is not a date of the ${year} notice`,
          ),
        );
      else if (seen.has(d))
        problems.push(problem(field, `调休上班日 ${d} 重复`, `make-up day ${d} is listed twice`));
      else if (weekday(d) !== 0 && weekday(d) !== 6)
        problems.push(
          problem(field, `${d} 本是工作日，不是调休上班日`, `${d} is a weekday anyway, not a make-up day`),
        );
      seen.add(d);
    });
  }
  // A make-up working day that is also a holiday, in any year of the file.
  for (const [yearText, y] of Object.entries(c.years))
    y.makeUpWorkdays.forEach((d, i) => {
      if (everyHoliday.has(d))
        problems.push(
          problem(
            `years.${yearText}.makeUpWorkdays.${i}`,
            `${d} 既是假日又是调休上班日`,
            `${d} is both a holiday and a make-up working day`,
          ),
        );
    });
  if (problems.length) throw new InvalidCalendar(problems);
  return c;
}

export interface WorkingDeadline {
  dueAt: Date;
  /** Years the calendar does not cover, where plain Monday–Friday was assumed: load them to be exact. */
  yearsAssumed: number[];
  /** Years whose holidays are not yet checked against the State Council's notice (`verified: false`). */
  yearsUnverified: number[];
}

/** A year of working time at eight hours a day: more than any deadline. */
const MAX_WORKING_MINUTES = 366 * 8 * 60;

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
    if (
      Number.isNaN(start.getTime()) ||
      !Number.isFinite(minutes) ||
      minutes < 0 ||
      minutes > MAX_WORKING_MINUTES
    )
      throw new BadWorkingDuration(minutes);
    const assumed = new Set<number>();
    const unverified = new Set<number>();
    let left = Math.round(minutes);
    if (left === 0) return { dueAt: start, yearsAssumed: [], yearsUnverified: [] };
    const startLocal = start.getTime() + OFFSET_MS;
    let dayStart = Math.floor(startLocal / 86_400_000) * 86_400_000; // local midnight, in shifted ms
    let fromMinute = (startLocal - dayStart) / 60_000;
    // At most a year of working time (checked above) fits in well under ten calendar years.
    for (let guard = 0; guard < 3660; guard++) {
      const date = new Date(dayStart).toISOString().slice(0, 10);
      const year = Number(date.slice(0, 4));
      if (!this.covers(year)) assumed.add(year);
      else if (!this.file.years[String(year)].verified) unverified.add(year);
      if (this.isWorkingDay(date)) {
        for (const [s, e] of this.spans) {
          const from = Math.max(s, fromMinute);
          if (from >= e) continue;
          const available = e - from;
          if (left <= available) {
            return {
              dueAt: new Date(dayStart - OFFSET_MS + (from + left) * 60_000),
              yearsAssumed: [...assumed].sort(),
              yearsUnverified: [...unverified].sort(),
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

  /**
   * Minutes of working time from `start` to `end` (office hours of working days; 0 when `end` is not later). The
   * inverse of addWorkingMinutes: a reminder "so long before the deadline" in working time is placed with both.
   */
  workingMinutesBetween(start: Date, end: Date): number {
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) return 0;
    const endLocal = end.getTime() + OFFSET_MS;
    const startLocal = start.getTime() + OFFSET_MS;
    let dayStart = Math.floor(startLocal / 86_400_000) * 86_400_000;
    let total = 0;
    // Bounded like addWorkingMinutes: ten years of days at most.
    for (let guard = 0; guard < 3660 && dayStart < endLocal; guard++) {
      const date = new Date(dayStart).toISOString().slice(0, 10);
      if (this.isWorkingDay(date)) {
        for (const [s, e] of this.spans) {
          const from = Math.max(dayStart + s * 60_000, startLocal);
          const to = Math.min(dayStart + e * 60_000, endLocal);
          if (to > from) total += (to - from) / 60_000;
        }
      }
      dayStart += 86_400_000;
    }
    return Math.round(total);
  }
}
