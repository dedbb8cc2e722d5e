import { FieldProblem, oneOfProblems, problem, textProblems } from '@app/kernel';
import { DiscoveryChannel, Grade, IncidentField, IncidentNature, Platform, Veracity } from './incident.enums';
import { SpreadFigures } from './incident.events';

export interface ReportIncidentInput {
  channel: DiscoveryChannel;
  platform: Platform;
  urls: string[];
  title: string;
  excerpt: string;
  discoveredAt: Date;
  spread: SpreadFigures;
  confidential: boolean;
}

export interface AssessIncidentInput {
  nature: IncidentNature;
  veracity: Veracity;
  field: IncidentField;
  grade: Grade;
  indicators: string[];
  reasoning: string;
}

/** Clocks of monitoring tools drift a little; a discovery time further ahead than this is a typing error. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const text = (p: FieldProblem[], field: string, value: string, min: number, max: number) =>
  p.push(...textProblems(field, value, min, max));
const oneOf = <E extends string>(
  p: FieldProblem[],
  field: string,
  value: string,
  values: Record<string, E>,
) => p.push(...oneOfProblems(field, value, values));

/** Rules for registering an incident (DOMAIN §2: channel, platform, URL(s), title, excerpt, discovered-at, spread). */
export function validateReport(input: ReportIncidentInput, now: Date): FieldProblem[] {
  const p: FieldProblem[] = [];
  oneOf(p, 'input.channel', input.channel, DiscoveryChannel);
  oneOf(p, 'input.platform', input.platform, Platform);
  text(p, 'input.title', input.title, 1, 200);
  text(p, 'input.excerpt', input.excerpt, 0, 5000);
  if (input.urls.length > 20) p.push(problem('input.urls', '链接不能超过 20 个', 'at most 20 links'));
  input.urls.forEach((u, i) => {
    let ok = false;
    try {
      const url = new URL(u);
      ok = (url.protocol === 'http:' || url.protocol === 'https:') && u.length <= 2000;
    } catch {
      ok = false;
    }
    if (!ok)
      p.push(
        problem(
          `input.urls[${i}]`,
          `不是有效的网址：${u.slice(0, 80)}`,
          `is not a valid http(s) URL: ${u.slice(0, 80)}`,
        ),
      );
  });
  if (Number.isNaN(input.discoveredAt.getTime())) {
    p.push(problem('input.discoveredAt', '时间格式无效', 'is not a valid time'));
  } else if (input.discoveredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    p.push(problem('input.discoveredAt', '发现时间不能晚于当前时间', 'cannot be in the future'));
  }
  p.push(...spreadProblems(input.spread));
  return p;
}

/** Spread figures are whole numbers from 0 (the registration's and every later reading's). */
export function spreadProblems(spread: SpreadFigures): FieldProblem[] {
  const p: FieldProblem[] = [];
  for (const [key, value] of Object.entries(spread)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      p.push(problem(`input.spread.${key}`, '必须是不小于 0 的整数', 'must be a whole number, 0 or more'));
    }
  }
  return p;
}

/** Rules for an assessment (研判): who, when, indicators and reasoning are recorded (DOMAIN §2). */
export function validateAssessment(input: AssessIncidentInput): FieldProblem[] {
  const p: FieldProblem[] = [];
  oneOf(p, 'input.nature', input.nature, IncidentNature);
  oneOf(p, 'input.veracity', input.veracity, Veracity);
  oneOf(p, 'input.field', input.field, IncidentField);
  oneOf(p, 'input.grade', input.grade, Grade);
  text(p, 'input.reasoning', input.reasoning, 1, 5000);
  if (input.indicators.length > 20)
    p.push(problem('input.indicators', '研判指标不能超过 20 项', 'at most 20 indicators'));
  input.indicators.forEach((s, i) => text(p, `input.indicators[${i}]`, s, 1, 200));
  return p;
}
