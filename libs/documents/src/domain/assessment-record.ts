/**
 * The record a 考核通报 is made from: a county's 考核 period, named `<countyId>:<period>` — `qingshui:2026-03` (a
 * month), `qingshui:2026-Q1` (a quarter), `qingshui:2026` (a year) — so that one notice is issued per county and
 * period, and its documents are found by that id like any record's.
 */
export interface AssessmentRecord {
  countyId: string;
  period: { kind: 'MONTH' | 'QUARTER' | 'YEAR'; year: number; month?: number; quarter?: number };
}

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

export function assessmentRecordId(r: AssessmentRecord): string {
  const { kind, year, month, quarter } = r.period;
  const token =
    kind === 'MONTH'
      ? `${year}-${String(month).padStart(2, '0')}`
      : kind === 'QUARTER'
        ? `${year}-Q${quarter}`
        : String(year);
  return `${r.countyId}:${token}`;
}

/** The county and period an id names, or null when it names none (the caller then gets NOT_FOUND). */
export function parseAssessmentRecordId(id: string): AssessmentRecord | null {
  const at = id.lastIndexOf(':');
  if (at < 1) return null;
  const m = PERIOD.exec(id.slice(at + 1));
  if (!m) return null;
  const countyId = id.slice(0, at);
  const year = Number(m[1]);
  if (m[2]) return { countyId, period: { kind: 'MONTH', year, month: Number(m[2]) } };
  if (m[3]) return { countyId, period: { kind: 'QUARTER', year, quarter: Number(m[3]) } };
  return { countyId, period: { kind: 'YEAR', year } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id may name a record documents are made from: a record's UUID, or a county's 考核 period. */
export const isRecordId = (id: string): boolean => UUID.test(id) || parseAssessmentRecordId(id) !== null;
