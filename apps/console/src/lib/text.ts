/** A text area's lines as a list: one item per line (or per ；/;), trimmed, blanks dropped. */
export const lines = (s?: string) =>
  (s ?? '')
    .split(/\n|；|;/)
    .map((x) => x.trim())
    .filter(Boolean);
