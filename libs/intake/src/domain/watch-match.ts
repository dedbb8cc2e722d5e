import { beijingDay } from '@app/kernel';
import { WatchEntryKind, WatchMatch, WatchMatchField } from './intake.events';

/** An entry of the county's list as matching needs it. */
export interface WatchEntryForMatching {
  entryId: string;
  kind: WatchEntryKind;
  name: string;
  endsOn: string | null;
  retired: boolean;
}

/** In force at `now`: not retired, and its last day (Beijing) not yet past. */
export const watchEntryInForce = (e: WatchEntryForMatching, now: Date) =>
  !e.retired && (e.endsOn === null || e.endsOn >= beijingDay(now));

export interface WatchMatchable {
  title: string;
  text: string;
  author: string;
  url: string | null;
}

/**
 * What of the list an arriving item mentions: each entry in force whose name is found in the title, the text, the
 * author or the URL (a plain substring, case-insensitive for Latin letters — Chinese names need no segmenting to be
 * found), once per entry, with the first field that held it. Pure: the receiving handler records the answer.
 */
export function matchWatchList(
  item: WatchMatchable,
  entries: WatchEntryForMatching[],
  now: Date,
): WatchMatch[] {
  const fields: [WatchMatchField, string][] = [
    [WatchMatchField.TITLE, item.title],
    [WatchMatchField.TEXT, item.text],
    [WatchMatchField.AUTHOR, item.author],
    [WatchMatchField.URL, safeDecode(item.url ?? '')],
  ];
  const lowered = fields.map(([f, v]) => [f, v.toLowerCase()] as const);
  const out: WatchMatch[] = [];
  for (const e of entries) {
    const needle = e.name.trim().toLowerCase();
    if (!needle || !watchEntryInForce(e, now)) continue;
    const hit = lowered.find(([, v]) => v.includes(needle));
    if (!hit) continue;
    const [field, value] = hit;
    const at = value.indexOf(needle);
    const original = fields.find(([f]) => f === field)![1];
    out.push({
      entryId: e.entryId,
      kind: e.kind,
      name: e.name,
      matched: original.length === value.length ? original.slice(at, at + needle.length) : e.name,
      field,
    });
  }
  return out;
}

/** A URL with its Chinese written out (%E5%9F%8E… → 城…), or as it is when it does not decode. */
function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
