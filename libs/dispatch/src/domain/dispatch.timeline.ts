import { TASK_ROLE_LABELS } from '@app/incidents/domain';
import { LocalizedMessage, RecordedEvent, unitMention } from '@app/kernel';
import { LetterEventType, RiskLetterSentData } from './letter.decider';
import { TASK_KIND_LABELS, TaskKind } from './task.enums';
import { TaskEvent, TaskEventType } from './task.events';

/** How tasks' and letters' events read on an incident's timeline. */
export function describeDispatchEvent(event: RecordedEvent): LocalizedMessage | null {
  if (event.type === LetterEventType.Sent) {
    const to = (event.data as unknown as RiskLetterSentData).recipientUnitIds.map(unitMention);
    return { zh: `向${to.join('、')}发送风险提示函`, en: `sent a risk letter to ${to.join(', ')}` };
  }
  if (event.type === LetterEventType.Signed)
    return { zh: '签收风险提示函', en: 'signed for the risk letter' };
  if (event.type === LetterEventType.Chased)
    return {
      zh: '风险提示函逾期未签收，系统催签',
      en: 'the platform chased unsigned recipients of the letter',
    };
  if (event.type === LetterEventType.Escalated)
    return {
      zh: '风险提示函催签后仍未签收，已报送领导',
      en: 'still unsigned after chasing: raised to the leaders',
    };
  const e = { type: event.type, data: event.data } as unknown as TaskEvent;
  switch (e.type) {
    case TaskEventType.Dispatched: {
      const kind = e.data.kind === TaskKind.STANDARD ? '' : `（${TASK_KIND_LABELS[e.data.kind].zh}）`;
      const to = unitMention(e.data.assigneeUnitId);
      return {
        zh: `派单给${to}（${TASK_ROLE_LABELS[e.data.role].zh}）${kind}`,
        en: `dispatched a ${TASK_ROLE_LABELS[e.data.role].en.toLowerCase()} task to ${to}${kind ? ` (${TASK_KIND_LABELS[e.data.kind].en})` : ''}`,
      };
    }
    case TaskEventType.Signed:
      return e.data.responsible
        ? {
            zh: `签收工单，责任人：${e.data.responsible.name}`,
            en: `signed for the task; responsible: ${e.data.responsible.name}`,
          }
        : { zh: '签收工单', en: 'signed for the task' };
    case TaskEventType.ResponsibleNamed:
      return {
        zh: `责任人变更为${e.data.responsible.name}${e.data.previous ? `（原为${e.data.previous.name}）` : ''}`,
        en: `${e.data.responsible.name} is now responsible${e.data.previous ? ` (was ${e.data.previous.name})` : ''}`,
      };
    case TaskEventType.Returned:
      return { zh: `退回工单：${e.data.reason}`, en: `returned the task: ${e.data.reason}` };
    case TaskEventType.ProgressReported:
      return { zh: '报送办理进展', en: 'reported progress' };
    case TaskEventType.ExtensionRequested:
      return { zh: '申请延期', en: 'asked for more time' };
    case TaskEventType.ExtensionDecided:
      return e.data.approved
        ? { zh: '同意延期', en: 'granted more time' }
        : { zh: '不同意延期', en: 'refused more time' };
    case TaskEventType.HandedIn:
      return e.data.late
        ? {
            zh: `交单（逾期 ${e.data.lateByMinutes} 分钟）`,
            en: `handed in (${e.data.lateByMinutes} min late)`,
          }
        : { zh: '交单', en: 'handed in' };
    case TaskEventType.Accepted:
      // The reviewer's opinion (审核意见) reads with the sign-off when one was given.
      return e.data.reason
        ? { zh: `审核销号：${e.data.reason}`, en: `struck the task off: ${e.data.reason}` }
        : { zh: '审核销号', en: 'struck the task off' };
    case TaskEventType.SentBack:
      return { zh: `退回重办：${e.data.reason}`, en: `sent it back: ${e.data.reason}` };
    case TaskEventType.Redispatched:
      return {
        zh: `转派村（社区）：${unitMention(e.data.villageUnitId)}`,
        en: `handed part to a village: ${unitMention(e.data.villageUnitId)}`,
      };
    case TaskEventType.Supervised:
      return e.data.automatic
        ? { zh: '超时自动督办', en: 'supervised automatically (overdue)' }
        : { zh: '督办', en: 'supervised' };
    case TaskEventType.Reminded:
      if (e.data.automatic === 'SIGN_FOR')
        return { zh: '提醒签收（系统）', en: 'reminded to sign for it (platform)' };
      if (e.data.automatic === 'FIRST_REPLY')
        return { zh: '提醒报送办理意见（系统）', en: 'reminded to give a first reply (platform)' };
      if (e.data.automatic === 'NEARLY_DUE')
        return { zh: '临期提醒（系统）', en: 'reminded that it is nearly due (platform)' };
      return { zh: '催办', en: 'sent a reminder' };
    case TaskEventType.Overdue:
      return { zh: '工单超时未交单', en: 'the task fell overdue' };
    case TaskEventType.Escalated:
      return {
        zh: '督办逾期仍未办结，已报送领导',
        en: 'still not handed in after supervision: raised to the leaders',
      };
    case TaskEventType.Cancelled:
      return { zh: `撤销工单：${e.data.reason}`, en: `cancelled the task: ${e.data.reason}` };
  }
}
