import {
  checkReason,
  Decider,
  FieldProblem,
  NamedDecisionContext,
  serialDecider,
  SerialTaken,
  textListProblems,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import {
  ReportKind,
  REPORT_KIND_LABELS,
  reportKindOf,
  SpecialReportContent,
  SpecialReportDraftedData,
  SpecialReportEvent,
  SpecialReportEventType,
  SpecialReportIssuedData,
  SpecialReportNumberedData,
  SpecialReportWithdrawnData,
} from './special-report.events';
import { specialReportAlreadyIssued, specialReportNoDraft, specialReportWithdrawn } from './reports.errors';

/** Who acts and when: the decider writes them into each event (drafted by, issued by, withdrawn by, at). */
type Stamped = 'draftRevision' | 'at';

export type SpecialReportCommand = { context: NamedDecisionContext } & (
  | {
      type: 'SaveSpecialReportDraft';
      draft: Omit<SpecialReportDraftedData, Stamped | 'draftedBy' | 'draftedByName'>;
    }
  | {
      type: 'IssueSpecialReport';
      /** `confidential`: the incident's 涉密 at sign-off (the report's own is decided here). */
      issue: Omit<
        SpecialReportIssuedData,
        Stamped | 'kind' | 'confidential' | 'issuedBy' | 'issuedByName'
      > & {
        incidentConfidential: boolean;
      };
    }
  | {
      type: 'WithdrawSpecialReport';
      withdrawal: Omit<SpecialReportWithdrawnData, Stamped | 'kind' | 'withdrawnBy' | 'withdrawnByName'>;
    }
);

export interface SpecialReportState {
  draft: SpecialReportDraftedData | null;
  issued: SpecialReportIssuedData | null;
  withdrawn: SpecialReportWithdrawnData | null;
}

export const MAX_SUGGESTIONS = 20;
export const MAX_COPY_UNITS = 30;

export const MAX_MEASURES = 20;

function contentProblems(c: SpecialReportContent, kind: ReportKind): FieldProblem[] {
  return [
    ...textProblems('input.title', c.title, 4, 80),
    ...textProblems('input.summary', c.summary, 10, 3000),
    ...(kind === ReportKind.FLASH
      ? [
          ...textProblems('input.spread', c.spread ?? '', 2, 2000),
          ...textListProblems('input.measuresTaken', c.measuresTaken ?? [], MAX_MEASURES, 500, 0),
        ]
      : []),
    ...textProblems('input.analysis', c.analysis, 10, 5000),
    ...textListProblems('input.suggestions', c.suggestions, MAX_SUGGESTIONS, 500, 1),
    ...textProblems('input.addressees', c.addressees, 2, 200),
    ...(c.copyUnitIds.length > MAX_COPY_UNITS
      ? [
          {
            field: 'input.copyUnitIds',
            message: { zh: `抄送单位不能超过 ${MAX_COPY_UNITS} 个`, en: `at most ${MAX_COPY_UNITS} units` },
          },
        ]
      : []),
  ];
}

const alreadyIssued = specialReportAlreadyIssued;
/** Later events name a 快报's kind (a 专报's stays unwritten, as on every event before kinds existed). */
const kindOf = (draft: SpecialReportDraftedData) =>
  reportKindOf(draft) === ReportKind.FLASH ? { kind: ReportKind.FLASH } : {};
const withdrawn = specialReportWithdrawn;

/**
 * One 舆情专报. Pure: ids, names, the number and the time arrive on the command. A draft is saved as often as
 * needed (each save a revision, all kept); the leader's sign-off fixes the last one and gives it its number; or the
 * centre withdraws the draft (撤回) with a reason. After either, nothing changes.
 *
 * 涉密 is one rule: a report is 涉密 once its incident was 涉密 when any revision was written or when it is signed
 * off. Each revision carries it so far; the sign-off decides it for good, and the row and every notice read that.
 */
export const specialReportDecider: Decider<SpecialReportCommand, SpecialReportEvent, SpecialReportState> = {
  initialState: () => ({ draft: null, issued: null, withdrawn: null }),
  evolve: (s, e) => {
    switch (e.type) {
      case SpecialReportEventType.Drafted:
        return { ...s, draft: e.data };
      case SpecialReportEventType.Issued:
        return { ...s, issued: e.data };
      case SpecialReportEventType.Withdrawn:
        return { ...s, withdrawn: e.data };
    }
  },
  decide: (c, s) => {
    if (s.issued) throw alreadyIssued(s.issued);
    if (s.withdrawn) throw withdrawn();
    switch (c.type) {
      case 'SaveSpecialReportDraft': {
        const kind = reportKindOf(c.draft);
        const lines = (l: string[]) => l.map((x) => x.trim()).filter((x) => x.length > 0);
        const { spread, measuresTaken, ...common } = c.draft;
        const trimmed = {
          ...common,
          title: c.draft.title.trim(),
          summary: c.draft.summary.trim(),
          analysis: c.draft.analysis.trim(),
          suggestions: lines(c.draft.suggestions),
          addressees: c.draft.addressees.trim(),
          // What only a 快报 holds is not kept on a 专报.
          ...(kind === ReportKind.FLASH
            ? { kind, spread: (spread ?? '').trim(), measuresTaken: lines(measuresTaken ?? []) }
            : {}),
        };
        if (s.draft && reportKindOf(s.draft) !== kind)
          throw new ValidationFailed([
            {
              field: 'input.kind',
              message: {
                zh: `已保存为${REPORT_KIND_LABELS[reportKindOf(s.draft)].zh}，不能改为${REPORT_KIND_LABELS[kind].zh}`,
                en: `saved as a ${REPORT_KIND_LABELS[reportKindOf(s.draft)].en}: its kind stays`,
              },
            },
          ]);
        const problems = contentProblems(trimmed, kind);
        if (problems.length) throw new ValidationFailed(problems);
        if (s.draft && s.draft.incidentId !== trimmed.incidentId)
          throw new ValidationFailed([
            {
              field: 'input.incidentId',
              message: { zh: '专报所属的舆情事件不能更改', en: 'a report stays with its incident' },
            },
          ]);
        return [
          {
            type: SpecialReportEventType.Drafted,
            data: {
              ...trimmed,
              confidential: trimmed.confidential || (s.draft?.confidential ?? false),
              draftRevision: (s.draft?.draftRevision ?? 0) + 1,
              draftedBy: c.context.actorUserId,
              draftedByName: c.context.actorName,
              at: c.context.now.toISOString(),
            },
          },
        ];
      }
      case 'IssueSpecialReport': {
        if (!s.draft) throw noDraft();
        const { incidentConfidential, ...issue } = c.issue;
        return [
          {
            type: SpecialReportEventType.Issued,
            data: {
              ...issue,
              ...kindOf(s.draft),
              draftRevision: s.draft.draftRevision,
              confidential: s.draft.confidential || incidentConfidential,
              issuedBy: c.context.actorUserId,
              issuedByName: c.context.actorName,
              at: c.context.now.toISOString(),
            },
          },
        ];
      }
      case 'WithdrawSpecialReport':
        if (!s.draft) throw noDraft();
        checkReason('input.reason', c.withdrawal.reason, 500, { zh: '撤回专报稿件', en: 'withdraw a draft' });
        return [
          {
            type: SpecialReportEventType.Withdrawn,
            data: {
              ...c.withdrawal,
              ...kindOf(s.draft),
              reason: c.withdrawal.reason.trim(),
              draftRevision: s.draft.draftRevision,
              withdrawnBy: c.context.actorUserId,
              withdrawnByName: c.context.actorName,
              at: c.context.now.toISOString(),
            },
          },
        ];
    }
  },
};

const noDraft = specialReportNoDraft;

/**
 * The running numbers of a centre's year (期号): each is taken once, in order — the platform's one serial mechanism
 * (SerialNumbers), under the report's own stored event type.
 */
export const specialReportSerialDecider = serialDecider<SpecialReportNumberedData>(
  SpecialReportEventType.Numbered,
);
export { SerialTaken };
