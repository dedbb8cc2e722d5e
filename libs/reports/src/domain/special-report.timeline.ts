import { LocalizedMessage, RecordedEvent } from '@app/kernel';
import {
  ReportKind,
  REPORT_KIND_LABELS,
  reportKindOf,
  serialLabel,
  SpecialReportDraftedData,
  SpecialReportEventType,
  SpecialReportIssuedData,
  SpecialReportWithdrawnData,
} from './special-report.events';

const kindLabel = (d: { kind?: ReportKind }) => {
  const l = REPORT_KIND_LABELS[reportKindOf(d)];
  return { zh: l.zh, en: l.en.toLowerCase() };
};

/** The lines a special report adds to its incident's timeline (and so to the auditor's history). */
export function describeSpecialReportEvent(event: RecordedEvent): LocalizedMessage | null {
  if (event.type === SpecialReportEventType.Drafted) {
    const d = event.data as unknown as SpecialReportDraftedData;
    const paper = kindLabel(d);
    if (d.prefilledBy && d.draftRevision === 1)
      return {
        zh: `平台预填${paper.zh}稿件，待县中心核改签发`,
        en: `pre-filled a ${paper.en} draft for the centre`,
      };
    return d.draftRevision === 1
      ? { zh: `起草${paper.zh}`, en: `drafted a ${paper.en}` }
      : {
          zh: `修改${paper.zh}稿件（第 ${d.draftRevision} 稿）`,
          en: `revised the ${paper.en} (draft ${d.draftRevision})`,
        };
  }
  if (event.type === SpecialReportEventType.Issued) {
    const d = event.data as unknown as SpecialReportIssuedData;
    const paper = kindLabel(d);
    const label = serialLabel(d.year, d.number);
    return { zh: `签发${paper.zh}（${label.zh}）`, en: `signed off the ${paper.en} (${label.en})` };
  }
  if (event.type === SpecialReportEventType.Withdrawn) {
    // The why stays with the report: the incident's timeline is read by units that may not read the draft.
    const d = event.data as unknown as SpecialReportWithdrawnData;
    const paper = kindLabel(d);
    return {
      zh: `撤回${paper.zh}稿件（第 ${d.draftRevision} 稿）`,
      en: `withdrew the ${paper.en} draft (draft ${d.draftRevision})`,
    };
  }
  return null;
}
