import { bj, type Dayjs } from './time';

/**
 * Duty (值班, seeds 000 and 004) as the duty room reads it. Each shift is stood at a post the API records: the
 * leader on duty (带班领导, one of the unit's leaders) or a duty officer (值班员).
 */
export type DutyPost = 'OFFICER' | 'LEADING';
export const POSTS: DutyPost[] = ['OFFICER', 'LEADING'];
export const POST_LABEL: Record<DutyPost, string> = { OFFICER: '值班员', LEADING: '带班领导' };
/** The class the duty room's styles use for a post. */
export const postClass = (post: DutyPost) => (post === 'LEADING' ? 'leader' : 'officer');

export interface DutyPerson {
  id: string;
  displayName: string;
  username: string;
  roles: readonly string[];
  active: boolean;
}

/** The post a person usually stands: a leader leads the shift (带班); anyone else who may stand duty watches. */
export function postOf(roles: readonly string[]): DutyPost | null {
  if (roles.includes('LEADER')) return 'LEADING';
  if (roles.includes('DUTY_OFFICER')) return 'OFFICER';
  return null;
}

/** The API counts a shift only while its holder is active and still a duty officer or leader: so do we. */
export const standsDuty = (p: DutyPerson | undefined) => !!p && p.active && postOf(p.roles) !== null;

export interface ShiftLike {
  id: string;
  userId: string;
  userName: string;
  startsAt: string;
  endsAt: string;
  post: DutyPost;
  note: string;
  cancelled?: boolean;
}

export type ShiftState = 'CANCELLED' | 'ON' | 'UPCOMING' | 'OVER';
export function shiftState(s: ShiftLike, now: number): ShiftState {
  if (s.cancelled) return 'CANCELLED';
  if (Date.parse(s.endsAt) <= now) return 'OVER';
  if (Date.parse(s.startsAt) <= now) return 'ON';
  return 'UPCOMING';
}
export const SHIFT_STATE_LABEL: Record<ShiftState, string> = {
  CANCELLED: '已取消',
  ON: '在班',
  UPCOMING: '待接班',
  OVER: '已交班',
};

/** "08:30–次日08:30", "20:00–10-14 08:00": the end told against the start's day, Beijing time. */
export function shiftSpan(s: { startsAt: string; endsAt: string }): string {
  const a = bj(s.startsAt);
  const b = bj(s.endsAt);
  const days = b.startOf('day').diff(a.startOf('day'), 'day');
  const end =
    days === 0 ? b.format('HH:mm') : days === 1 ? `次日${b.format('HH:mm')}` : b.format('MM-DD HH:mm');
  return `${a.format('HH:mm')}–${end}`;
}

/** Stretches of [from, to) no interval covers: a hole in the 24-hour duty. */
export function uncovered(intervals: { from: number; to: number }[], from: number, to: number): number {
  let cursor = from;
  let hole = 0;
  for (const x of [...intervals].filter((i) => i.to > from && i.from < to).sort((p, q) => p.from - q.from)) {
    if (x.from > cursor) hole += x.from - cursor;
    cursor = Math.max(cursor, x.to);
    if (cursor >= to) return hole;
  }
  return hole + Math.max(0, to - cursor);
}

/** The usual shifts of a duty room, handing over at 08:30 and 17:30 Beijing time. */
export const PATTERNS = {
  FULL: { label: '全天班', hint: '08:30–次日08:30', start: '08:30', hours: 24 },
  DAY: { label: '白班', hint: '08:30–17:30', start: '08:30', hours: 9 },
  NIGHT: { label: '夜班', hint: '17:30–次日08:30', start: '17:30', hours: 15 },
} as const;
export type Pattern = keyof typeof PATTERNS | 'CUSTOM';

/** The instant of `hm` on a Beijing calendar day ("YYYY-MM-DD"). */
export const bjAt = (day: string, hm: string) => new Date(`${day}T${hm}:00+08:00`);

/** The next handover (08:30 or 17:30, Beijing) at least an hour after `t`: where a stand-in shift naturally ends. */
export function nextHandover(t: number): Date {
  let d: Dayjs = bj(t).startOf('day');
  for (;;) {
    for (const hm of ['08:30', '17:30']) {
      const at = bjAt(d.format('YYYY-MM-DD'), hm);
      if (at.getTime() >= t + 3_600_000) return at;
    }
    d = d.add(1, 'day');
  }
}

/** Monday 00:00 Beijing time of the week holding `t` (the zh-cn week starts on Monday). */
export const weekOf = (t: number | string | Date): Dayjs => bj(t).startOf('week');
