import { beijingMoment } from '../sources/record-documents';
import { ledgerWorkbook } from './ledger-sheet';

/** One recipient of one risk letter, as the ledger reads it. */
export interface LetterReceiptLine {
  incidentTitle: string | null;
  confidential: boolean;
  letterTitle: string;
  level: string;
  sentAt: Date;
  recipientName: string;
  receiptDueAt: Date;
  signedAt: Date | null;
}

/**
 * 签收 is late when it came after the receipt deadline, or has not come and the deadline has passed (judged at
 * `now`): the same shape of rule as a task's lateness (task-lateness.ts), for the letter's one step.
 */
export function receiptLate(l: Pick<LetterReceiptLine, 'receiptDueAt' | 'signedAt'>, now: Date): boolean {
  return (l.signedAt ?? now).getTime() > l.receiptDueAt.getTime();
}

const when = (d: Date | null) => (d ? beijingMoment(d) : '');

/**
 * 提示函及签收台账 (004 §五(二) 一函): one line per letter and recipient — when it was sent, by when and when it was
 * signed for. A 涉密 letter is named by nothing but its level.
 */
export function lettersLedger(title: string, lines: LetterReceiptLine[], now: Date, generatedBy: string) {
  return ledgerWorkbook<LetterReceiptLine>({
    sheet: '提示函签收台账',
    title,
    note: '逾期签收：签收晚于签收时限，或至今未签收且已过时限',
    now,
    generatedBy,
    rows: lines,
    columns: [
      { header: '序号', width: 6, value: (_, i) => i + 1 },
      {
        header: '舆情事件',
        width: 26,
        value: (l) => (l.confidential ? '（涉密事件）' : (l.incidentTitle ?? '')),
      },
      { header: '提示函', width: 28, value: (l) => (l.confidential ? '（涉密）' : l.letterTitle) },
      { header: '风险等级', width: 9, value: (l) => l.level },
      { header: '发函时间', width: 20, value: (l) => when(l.sentAt) },
      { header: '接收单位', width: 22, value: (l) => l.recipientName },
      { header: '签收时限', width: 20, value: (l) => when(l.receiptDueAt) },
      { header: '签收时间', width: 20, value: (l) => (l.signedAt ? when(l.signedAt) : '未签收') },
      {
        header: '是否逾期',
        width: 10,
        value: (l) => (receiptLate(l, now) ? '逾期' : '按时'),
        alarm: (l) => receiptLate(l, now),
      },
    ],
  });
}
