import { LocalizedMessage, RecordedEvent } from '@app/kernel';
import { STATEMENT_KIND_LABELS, StatementEvent, StatementEventType } from './statement.decider';

export function describeStatementEvent(event: RecordedEvent): LocalizedMessage | null {
  const e = { type: event.type, data: event.data } as unknown as StatementEvent;
  switch (e.type) {
    case StatementEventType.Drafted:
      return {
        zh: `起草${STATEMENT_KIND_LABELS[e.data.kind].zh}`,
        en: `drafted a ${STATEMENT_KIND_LABELS[e.data.kind].en.toLowerCase()}`,
      };
    case StatementEventType.Revised:
      return { zh: '修改稿件', en: 'revised the statement' };
    case StatementEventType.Approved:
      return { zh: '审核通过稿件', en: 'approved the statement' };
    case StatementEventType.Rejected:
      return { zh: '退回稿件修改', en: 'sent the statement back' };
    case StatementEventType.Published:
      return { zh: '发布稿件', en: 'published the statement' };
  }
}
