import { FieldProblem, problem } from '@app/kernel';
import { checkIntakeItem, IntakeItemInput } from './intake-item.validation';

/** What a column of a monitoring service's export can fill. */
export const IMPORT_FIELDS = [
  'id',
  'url',
  'platform',
  'author',
  'title',
  'text',
  'publishedAt',
  'posts',
  'reposts',
  'comments',
  'views',
  'mainstreamMediaPickups',
  'replyDueAt',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
const REQUIRED: ImportField[] = ['id', 'platform', 'text', 'publishedAt'];
const SPREAD: ImportField[] = ['posts', 'reposts', 'comments', 'views', 'mainstreamMediaPickups'];

/** The source's saved mapping: which column header fills which field. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export function mappingProblems(mapping: ColumnMapping): FieldProblem[] {
  const p: FieldProblem[] = [];
  for (const f of REQUIRED)
    if (!mapping[f]?.trim()) p.push(problem(`input.mapping.${f}`, '必须指定对应的列', 'needs a column'));
  for (const [f, column] of Object.entries(mapping))
    if (!(IMPORT_FIELDS as readonly string[]).includes(f))
      p.push(problem(`input.mapping.${f}`, '不是可导入的字段', 'is not a field that can be imported'));
    else if (column !== undefined && [...column].length > 100)
      p.push(problem(`input.mapping.${f}`, '列名不能超过 100 个字', 'at most 100 characters'));
  return p;
}

/** A cell as the spreadsheet library gives it: text, a number, a date, or rich text. */
export type Cell =
  string | number | boolean | Date | null | undefined | { text?: string; richText?: { text: string }[] };

const cellText = (c: Cell): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString();
  if (typeof c === 'object') return c.richText ? c.richText.map((r) => r.text).join('') : (c.text ?? '');
  return String(c).trim();
};

/** Exports write Beijing time without an offset ("2026-12-07 08:30"): read so. */
const timeOf = (c: Cell): string => {
  const t = cellText(c);
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (!m) return t;
  const pad = (v: string) => v.padStart(2, '0');
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}+08:00`;
};

const numberOf = (c: Cell): unknown => {
  if (typeof c === 'number') return c;
  const t = cellText(c).replace(/,/g, '');
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
};

export interface ImportRow {
  /** The spreadsheet's own row number (the header is row 1). */
  row: number;
  item: IntakeItemInput | null;
  problems: FieldProblem[];
}

/**
 * Reads an export's rows through the mapping, each checked like a pushed item (`第 N 行.字段`): every row that will
 * not import says why; the good ones are ready to receive.
 */
export function readImportRows(
  header: Cell[],
  rows: { row: number; cells: Cell[] }[],
  mapping: ColumnMapping,
  now: Date,
): {
  rows: ImportRow[];
  missingColumns: string[];
} {
  const names = header.map((h) => cellText(h));
  const index: Partial<Record<ImportField, number>> = {};
  const missingColumns: string[] = [];
  for (const f of IMPORT_FIELDS) {
    const column = mapping[f];
    if (!column) continue;
    const i = names.indexOf(column.trim());
    if (i < 0) missingColumns.push(column);
    else index[f] = i;
  }
  if (missingColumns.length) return { rows: [], missingColumns };
  const at = (cells: Cell[], f: ImportField): Cell => (index[f] === undefined ? undefined : cells[index[f]]);
  const seen = new Set<string>();
  const out = rows
    .filter((r) => r.cells.some((c) => cellText(c) !== ''))
    .map(({ row, cells }) => {
      const raw: Record<string, unknown> = {
        id: cellText(at(cells, 'id')) || undefined,
        url: cellText(at(cells, 'url')) || undefined,
        platform: cellText(at(cells, 'platform')) || undefined,
        author: cellText(at(cells, 'author')) || undefined,
        title: cellText(at(cells, 'title')) || undefined,
        text: cellText(at(cells, 'text')) || undefined,
        publishedAt: timeOf(at(cells, 'publishedAt')) || undefined,
        replyDueAt: timeOf(at(cells, 'replyDueAt')) || undefined,
        spread: Object.fromEntries(SPREAD.map((f) => [f, numberOf(at(cells, f))])),
      };
      const { item, problems } = checkIntakeItem(raw, `第${row}行`, now);
      if (item && seen.has(item.externalId))
        return {
          row,
          item: null,
          problems: [problem(`第${row}行.id`, '编号与前面的行重复', 'the same id as an earlier row')],
        };
      if (item) seen.add(item.externalId);
      return { row, item, problems };
    });
  return { rows: out, missingColumns };
}
