import { LocalizedMessage, RecordedEvent } from '@app/kernel';
import {
  serialLabel,
  SpecialReportDraftedData,
  SpecialReportEventType,
  SpecialReportIssuedData,
  SpecialReportWithdrawnData,
} from './special-report.events';

/** The lines a special report adds to its incident's timeline (and so to the auditor's history). */
export function describeSpecialReportEvent(event: RecordedEvent): LocalizedMessage | null {
  if (event.type === SpecialReportEventType.Drafted) {
    const d = event.data as unknown as SpecialReportDraftedData;
    return d.draftRevision === 1
      ? { zh: '起草舆情专报', en: 'drafted a special report' }
      : {
          zh: `修改舆情专报稿件（第 ${d.draftRevision} 稿）`,
          en: `revised the special report (draft ${d.draftRevision})`,
        };
  }
  if (event.type === SpecialReportEventType.Issued) {
    const d = event.data as unknown as SpecialReportIssuedData;
    const label = serialLabel(d.year, d.number);
    return { zh: `签发舆情专报（${label.zh}）`, en: `signed off the special report (${label.en})` };
  }
  if (event.type === SpecialReportEventType.Withdrawn) {
    // The why stays with the report: the incident's timeline is read by units that may not read the draft.
    const d = event.data as unknown as SpecialReportWithdrawnData;
    return {
      zh: `撤回舆情专报稿件（第 ${d.draftRevision} 稿）`,
      en: `withdrew the special report draft (draft ${d.draftRevision})`,
    };
  }
  return null;
}
