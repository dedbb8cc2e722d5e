/** Beijing time (UTC+08:00, one offset all year): the calendar the county works by, whatever the server's zone. */
const BEIJING_MS = 8 * 3_600_000;
const beijing = (at: Date) => new Date(at.getTime() + BEIJING_MS).toISOString();

/** The Beijing calendar day of an instant (YYYY-MM-DD). */
export const beijingDay = (at: Date) => beijing(at).slice(0, 10);

/** The Beijing hour of an instant (0–23). */
export const beijingHour = (at: Date) => Number(beijing(at).slice(11, 13));

/** The instant a Beijing day begins. */
export const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`));

/** A Beijing date and minute for a file's name (20261206-2355): files say when in the county's time (issue 20 §7). */
export const beijingFileStamp = (at: Date) => {
  const b = beijing(at);
  return `${b.slice(0, 4)}${b.slice(5, 7)}${b.slice(8, 10)}-${b.slice(11, 13)}${b.slice(14, 16)}`;
};

/**
 * A title made safe as part of a file name on Windows and in a Content-Disposition: the characters those refuse are
 * replaced and the length kept short (a county's titles run long).
 */
export const fileNamePart = (title: string, max = 40) =>
  title
    .replace(/[\\/:*?"<>|\r\n\t]/g, '_')
    .trim()
    .slice(0, max);
