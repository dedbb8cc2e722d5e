import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);
dayjs.locale('zh-cn');
/** Every date on screen is Beijing time, whatever the browser's zone (the seeds' deadlines are Beijing hours). */
export const ZONE = 'Asia/Shanghai';
dayjs.tz.setDefault(ZONE);

export { dayjs };
export type { Dayjs };

/**
 * Beijing time. China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact, and it costs
 * nothing, where dayjs.tz builds an Intl formatter on every call (measurable on a dashboard of 1,000 incidents).
 */
export const bj = (iso: string | Date | number) => dayjs(iso).utcOffset(480);
/** The one way a time is shown in lists and cards (issue 20 §7): 2026-12-06 23:55, Beijing time. */
export const fmt = (iso?: string | null) => (iso ? bj(iso).format('YYYY-MM-DD HH:mm') : '—');
export const fmtSec = (iso?: string | null) => (iso ? bj(iso).format('YYYY-MM-DD HH:mm:ss') : '—');

/** "剩 3 小时 20 分" or "逾期 2 小时 5 分" against now. */
export function dueText(dueAt: string, now = Date.now()): { text: string; overdue: boolean; soon: boolean } {
  const diff = new Date(dueAt).getTime() - now;
  const minutes = Math.round(Math.abs(diff) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const span =
    h >= 48 ? `${Math.floor(h / 24)} 天 ${h % 24} 小时` : h > 0 ? `${h} 小时 ${m} 分` : `${m} 分钟`;
  return diff < 0
    ? { text: `逾期 ${span}`, overdue: true, soon: false }
    : { text: `剩 ${span}`, overdue: false, soon: diff < 3 * 3600_000 };
}

/**
 * A date or time picker's wall clock read as Beijing time, whatever the browser's zone: the instant it means.
 * Pickers show the browser's clock; a duty room outside UTC+8 (a laptop left on another zone) must still mean 08:30
 * in the county when it types 08:30.
 */
export const fromBjWall = (d: Dayjs): Date => new Date(`${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`);
/** An instant as a picker value that shows its Beijing wall clock (the inverse of fromBjWall). */
export const toBjWall = (iso: string | Date | number): Dayjs => dayjs(bj(iso).format('YYYY-MM-DDTHH:mm:ss'));
/** "5 小时 20 分" for a span of milliseconds. */
export function spanText(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h >= 48) return `${Math.floor(h / 24)} 天 ${h % 24} 小时`;
  if (h > 0) return m ? `${h} 小时 ${m} 分` : `${h} 小时`;
  return `${m} 分钟`;
}
