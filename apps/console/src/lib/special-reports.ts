import { graphql } from '../gql';
import { bj } from './time';

// Everything the console shows of a 舆情专报: one selection for the document, the incident's card and the mutations'
// answers (spread by name as ...SpecialReportFields; codegen adds it to each document).
graphql(`
  fragment SpecialReportFields on SpecialReport {
    id
    kind
    spread
    measuresTaken
    prefilledReason
    incidentId
    incidentTitle
    confidential
    status
    year
    number
    serial
    title
    summary
    analysis
    suggestions
    addressees
    copyUnitIds
    copyNames
    draftRevision
    draftedAt
    draftedByName
    issuedAt
    issuedByName
    withdrawnAt
    withdrawnByName
    withdrawReason
    allowedActions
    version
  }
`);

/** Whom a 舆情专报 is addressed to on paper unless the writer says otherwise (the API's default, 004 §三(三)). */
export const DEFAULT_ADDRESSEES = '县委书记，县长，县委常委、宣传部部长';
/** A 快报's (002 直报领导): the API's default. */
export const DEFAULT_FLASH_ADDRESSEES = '县委、县政府主要领导，分管县领导；市委网信办';

/** 专报 or 快报: one record, two papers (the API's ReportKind). */
export type ReportKind = 'SPECIAL' | 'FLASH';
export const PAPER: Record<ReportKind, string> = { SPECIAL: '舆情专报', FLASH: '舆情快报' };
export const paperOf = (r: { kind?: string | null }): string => PAPER[(r.kind as ReportKind) ?? 'SPECIAL'];

/** What the writer may change in a report before it is signed off (the API's SaveSpecialReportDraftInput). */
export interface SpecialReportContent {
  kind?: ReportKind;
  title: string;
  summary: string;
  /** 快报 only. */
  spread?: string | null;
  measuresTaken?: string[] | null;
  analysis: string;
  suggestions: string[];
  addressees: string;
  copyUnitIds: string[];
}

/** A draft as the editor revises it: its content, and the version the writer saw. */
export interface SpecialReportDraft extends SpecialReportContent {
  id: string;
  /** Pre-filled by the platform's 快报 timer (UNASSESSED, MAJOR); null when a person started it. */
  prefilledReason?: string | null;
  incidentId: string;
  version: number;
  draftRevision: number;
  copyNames: string[];
}

/** The API's limits (the decider's), checked in the form before a round trip. */
export const LIMITS = {
  title: [4, 80],
  summary: [10, 3000],
  analysis: [10, 5000],
  spread: [2, 2000],
  measures: 20,
  suggestions: 20,
  suggestionLength: 500,
  addressees: [2, 200],
  copyUnits: 30,
} as const;

/** 1. / 1、/ (一) / 一、 at the head of a line: the document numbers the suggestions itself. */
const NUMBERING =
  /^(\d{1,2}\s*(?:[、)）]|[.．](?!\d))|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳])\s*/;

/**
 * The suggestions typed in the text area, one a line, trimmed, blanks dropped, without the numbering a writer may
 * have typed or pasted. Only line breaks separate them: a suggestion is a sentence and may hold a ；.
 */
export const suggestionLines = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim().replace(NUMBERING, '').trim())
    .filter(Boolean);

/** 一 二 … 二十: the Chinese numbers of the suggestions (（一）（二）…), at most 20 of them. */
export function chineseNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n <= 10) return n === 10 ? '十' : digits[n];
  if (n < 20) return `十${digits[n - 10]}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}

/** 2026年12月3日 in Beijing. */
export const docDate = (iso: string) => bj(iso).format('YYYY年M月D日');

/** Who compiles it, on the masthead: 清水县 → 清水县网络舆情应急监控中心. */
export const centreTitle = (county: string | null) => `${county ?? '县'}网络舆情应急监控中心`;
