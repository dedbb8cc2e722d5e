import ExcelJS from 'exceljs';
import { incidentsLedger } from './incidents-ledger';
import { lettersLedger, receiptLate } from './letters-ledger';

const at = (s: string) => new Date(s);

async function rows(bytes: Buffer, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.getWorksheet(sheet)!.eachRow((r) =>
    out.push(
      (r.values as unknown[])
        .slice(1)
        .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')),
    ),
  );
  return out;
}

describe('提示函及签收台账 (.xlsx)', () => {
  const now = at('2026-12-06T04:00:00Z');
  const line = {
    incidentTitle: '东湖镇征地补偿网帖',
    confidential: false,
    letterTitle: '征地补偿舆情风险提示',
    level: 'III',
    sentAt: at('2026-12-06T01:00:00Z'),
    recipientName: '东湖镇',
    receiptDueAt: at('2026-12-06T03:00:00Z'),
    signedAt: at('2026-12-06T02:00:00Z') as Date | null,
  };

  it('judges a receipt late when it came after the deadline or has not come and the deadline has passed', () => {
    expect(receiptLate(line, now)).toBe(false);
    expect(receiptLate({ ...line, signedAt: at('2026-12-06T03:30:00Z') }, now)).toBe(true);
    expect(receiptLate({ ...line, signedAt: null }, now)).toBe(true);
    expect(receiptLate({ ...line, signedAt: null }, at('2026-12-06T02:30:00Z'))).toBe(false);
  });

  it('has a line per recipient, in Beijing time, and names nothing of a 涉密 letter', async () => {
    const r = await rows(
      await lettersLedger(
        '清水县网络风险提示函签收台账',
        [
          line,
          { ...line, recipientName: '清水县自然资源局', signedAt: null },
          { ...line, confidential: true, recipientName: '西山镇' },
        ],
        now,
        '县网络舆情应急监控中心',
      ),
      '提示函签收台账',
    );
    expect(r[0][0]).toBe('清水县网络风险提示函签收台账');
    expect(r[3]).toEqual(
      expect.arrayContaining(['东湖镇', '2026年12月6日9时00分', '2026年12月6日10时00分', '按时']),
    );
    expect(r[4]).toEqual(expect.arrayContaining(['清水县自然资源局', '未签收', '逾期']));
    expect(r[5]).toEqual(expect.arrayContaining(['（涉密事件）', '（涉密）', '西山镇']));
    expect(r[5].join('')).not.toContain('征地');
  });
});

describe('舆情事件台账 (.xlsx)', () => {
  it('has a line per incident with its grade, state, tasks and late tasks', async () => {
    const r = await rows(
      await incidentsLedger(
        '清水县舆情事件台账',
        [
          {
            title: '东湖镇征地补偿网帖',
            confidential: false,
            platform: '本地论坛',
            reportedAt: at('2026-12-05T01:00:00Z'),
            grade: 'III',
            status: 'HANDLING',
            listedAt: at('2026-12-05T01:30:00Z'),
            tasks: 3,
            lateTasks: 1,
            closedAt: null,
          },
          {
            title: '涉密',
            confidential: true,
            platform: '微博',
            reportedAt: at('2026-12-05T02:00:00Z'),
            grade: null,
            status: 'REGISTERED',
            listedAt: null,
            tasks: 0,
            lateTasks: 0,
            closedAt: null,
          },
        ],
        at('2026-12-06T04:00:00Z'),
        '县网络舆情应急监控中心',
      ),
      '舆情事件台账',
    );
    expect(r[3]).toEqual(expect.arrayContaining(['东湖镇征地补偿网帖', 'III', '处置中', '3', '1']));
    expect(r[4]).toEqual(expect.arrayContaining(['（涉密事件）', '未定级', '已登记', '0']));
  });
});
