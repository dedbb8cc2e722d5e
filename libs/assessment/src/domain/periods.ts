import { periodInvalid } from './assessment.errors';

export const PeriodKind = {
  MONTH: 'MONTH',
  QUARTER: 'QUARTER',
  YEAR: 'YEAR',
  RANGE: 'RANGE',
} as const;
export type PeriodKind = (typeof PeriodKind)[keyof typeof PeriodKind];

export interface PeriodRequest {
  kind: PeriodKind;
  year?: number | null;
  /** 1–12, for MONTH. */
  month?: number | null;
  /** 1–4, for QUARTER. */
  quarter?: number | null;
  /** Beijing days YYYY-MM-DD, both included, for RANGE. */
  from?: string | null;
  to?: string | null;
}

/** Beijing days, both included. */
export interface Period {
  from: string;
  to: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (d: string) => DAY.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/** Longest range asked for at once (three years and a day): what a 考核 covers, with room to compare. */
const MAX_RANGE_DAYS = 3 * 366;

export function periodOf(r: PeriodRequest): Period {
  const year = r.year ?? NaN;
  const needYear = () => {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw periodInvalid({ zh: '年份须为 2000–2100', en: 'year must be 2000–2100' });
  };
  switch (r.kind) {
    case PeriodKind.MONTH: {
      needYear();
      const m = r.month ?? NaN;
      if (!Number.isInteger(m) || m < 1 || m > 12)
        throw periodInvalid({ zh: '月份须为 1–12', en: 'month must be 1–12' });
      return {
        from: `${year}-${pad(m)}-01`,
        to: `${year}-${pad(m)}-${pad(lastDayOf(year, m))}`,
        label: `${year}年${m}月`,
      };
    }
    case PeriodKind.QUARTER: {
      needYear();
      const q = r.quarter ?? NaN;
      if (!Number.isInteger(q) || q < 1 || q > 4)
        throw periodInvalid({ zh: '季度须为 1–4', en: 'quarter must be 1–4' });
      const first = (q - 1) * 3 + 1;
      return {
        from: `${year}-${pad(first)}-01`,
        to: `${year}-${pad(first + 2)}-${pad(lastDayOf(year, first + 2))}`,
        label: `${year}年第${'一二三四'[q - 1]}季度`,
      };
    }
    case PeriodKind.YEAR:
      needYear();
      return { from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年度` };
    case PeriodKind.RANGE: {
      const from = r.from ?? '';
      const to = r.to ?? '';
      if (!validDay(from) || !validDay(to))
        throw periodInvalid({ zh: '起止日期须为 YYYY-MM-DD', en: 'from and to must be days, YYYY-MM-DD' });
      if (to < from) throw periodInvalid({ zh: '结束日期早于开始日期', en: 'to is before from' });
      if (daysBetween(from, to) > MAX_RANGE_DAYS)
        throw periodInvalid({ zh: '期间不能超过三年', en: 'a range may not exceed three years' });
      return { from, to, label: `${from} 至 ${to}` };
    }
  }
}

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The day after a Beijing day. */
export const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The months (YYYY-MM) a period touches, in order: the trend's x axis. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  let [y, m] = p.from.slice(0, 7).split('-').map(Number);
  const last = p.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${pad(m)}`;
    out.push(key);
    if (key >= last) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}
