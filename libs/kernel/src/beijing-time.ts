/** Beijing time (UTC+08:00, one offset all year): the calendar the county works by, whatever the server's zone. */
const BEIJING_MS = 8 * 3_600_000;
const beijing = (at: Date) => new Date(at.getTime() + BEIJING_MS).toISOString();

/** The Beijing calendar day of an instant (YYYY-MM-DD). */
export const beijingDay = (at: Date) => beijing(at).slice(0, 10);

/** The Beijing hour of an instant (0–23). */
export const beijingHour = (at: Date) => Number(beijing(at).slice(11, 13));

/** The instant a Beijing day begins. */
export const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`));
