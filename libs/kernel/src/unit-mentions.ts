/**
 * A timeline line names units by name, never by id (issue 19). A describer is pure and runs inside the timeline
 * projection, where names are not at hand and may change later; it writes a mention of the unit, and whoever shows
 * the line puts in the unit's name at read time — so a rebuild gives the same rows and a renamed unit reads right.
 */
const MENTION = /⟦unit:([0-9a-f-]{36})⟧/g;

/** How a describer refers to a unit in a line. */
export function unitMention(unitId: string): string {
  return `⟦unit:${unitId}⟧`;
}

/** The units a line mentions. */
export function mentionedUnits(text: string): string[] {
  return [...text.matchAll(MENTION)].map((m) => m[1]);
}

/** The line as a person reads it: each mention replaced by the unit's name. */
export function renderMentions(
  text: string,
  names: ReadonlyMap<string, string | null>,
  unknown = '某单位',
): string {
  return text.replace(MENTION, (_, id: string) => names.get(id) ?? unknown);
}
