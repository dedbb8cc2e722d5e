import { LocalizedMessage } from '@app/kernel';

const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "10月09日 17:00", Beijing time: how people in the county read a deadline. */
export const beijing = (d: Date) => BEIJING.format(d).replace(/\//, '月').replace(/ /, '日 ');

const span = (ms: number): LocalizedMessage => {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return {
    zh: `${h ? `${h} 小时` : ''}${m ? `${m} 分钟` : ''}`,
    en: `${h ? `${h} h` : ''}${h && m ? ' ' : ''}${m ? `${m} min` : ''}`,
  };
};

/** What the platform says with each timer, in both languages (never the content of a confidential incident). */
export const timerNotes = {
  signFor: (dispatchedAt: Date): LocalizedMessage => ({
    zh: `工单于 ${beijing(dispatchedAt)} 派出，至今仍未签收，请尽快签收办理`,
    en: `Dispatched at ${dispatchedAt.toISOString()} and not yet signed for: please sign for it`,
  }),
  firstReply: (): LocalizedMessage => ({
    zh: '尚未报送办理意见，请尽快报送初步办理情况',
    en: 'No first reply yet: report how the task is being handled',
  }),
  nearlyDue: (dueAt: Date, now: Date): LocalizedMessage => {
    const left = span(dueAt.getTime() - now.getTime());
    return {
      zh: `距办理时限（${beijing(dueAt)}）还剩 ${left.zh}，请按时书面反馈`,
      en: `${left.en} left before the deadline (${dueAt.toISOString()}): hand in on time`,
    };
  },
  overdue: (dueAt: Date, replyDueAt: Date): LocalizedMessage => ({
    zh: `工单已超过办理时限（${beijing(dueAt)}）仍未交单。请立即核实办理，并于 ${beijing(replyDueAt)} 前书面反馈`,
    en: `Past its deadline (${dueAt.toISOString()}) and not handed in: verify, act and reply in writing by ${replyDueAt.toISOString()}`,
  }),
  escalated: (replyDueAt: Date): LocalizedMessage => ({
    zh: `督办回复时限（${beijing(replyDueAt)}）已过，工单仍未交单，请领导关注`,
    en: `Still not handed in after the supervision reply was due (${replyDueAt.toISOString()})`,
  }),
  letterChased: (receiptDueAt: Date): LocalizedMessage => ({
    zh: `风险提示函签收时限（${beijing(receiptDueAt)}）已过，请尽快签收并落实防范措施`,
    en: `The risk letter was due to be signed for by ${receiptDueAt.toISOString()}: sign for it and act on it`,
  }),
  letterEscalated: (): LocalizedMessage => ({
    zh: '风险提示函催签后仍有单位未签收，请领导关注',
    en: 'Some recipients have still not signed for the risk letter after chasing',
  }),
  unassessed: (minutes: number): LocalizedMessage => ({
    zh: `舆情快报：事件登记已超过 ${minutes} 分钟仍未研判定级，可能为重大舆情；平台已预填快报稿件，请核改后签发报送县领导`,
    en: `Flash report: registered more than ${minutes} min ago and not yet assessed; a draft is pre-filled for sign-off`,
  }),
  major: (grade: string): LocalizedMessage => ({
    zh: `舆情快报：经研判为 ${grade} 级舆情；平台已预填快报稿件，请核改后签发报送县领导`,
    en: `Flash report: assessed as a grade ${grade} incident; a draft is pre-filled for sign-off`,
  }),
};
