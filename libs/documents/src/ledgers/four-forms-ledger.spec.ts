import ExcelJS from 'exceljs';
import { TaskStatus } from '@app/dispatch';
import { fourFormsLedger, LedgerTask } from './four-forms-ledger';

const at = (s: string) => new Date(s);
const task = (over: Partial<LedgerTask>): LedgerTask => ({
  incidentTitle: '东湖镇征地补偿网帖',
  confidential: false,
  grade: 'III',
  listedAt: at('2026-12-05T01:00:00Z'),
  assigneeName: '东湖镇',
  role: 'LEAD',
  requirements: '核实并反馈',
  status: TaskStatus.ACCEPTED,
  dispatchedAt: at('2026-12-05T01:10:00Z'),
  signedAt: at('2026-12-05T01:30:00Z'),
  dueAt: at('2026-12-05T13:10:00Z'),
  handedInAt: at('2026-12-05T09:00:00Z'),
  settledAt: at('2026-12-05T10:00:00Z'),
  late: false,
  lateByMinutes: 0,
  returns: 0,
  reworks: 1,
  supervisions: 0,
  reminders: 2,
  ...over,
});

async function rows(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('四单台账')!;
  const out: string[][] = [];
  ws.eachRow((r) =>
    out.push(
      (r.values as unknown[])
        .slice(1)
        .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')),
    ),
  );
  return out;
}

describe('四单台账 (.xlsx)', () => {
  it('has one line per task with 列单/派单/办单/交单 times in Beijing time and lateness by the one definition', async () => {
    const now = at('2026-12-06T02:00:00Z');
    const bytes = await fourFormsLedger(
      '清水县网络舆情四单台账',
      [
        task({}),
        // Still owed and past due at `now`: late, counted to now (12 h 50 min).
        task({
          assigneeName: '西山镇',
          role: 'ASSIST',
          status: TaskStatus.SIGNED,
          handedInAt: null,
          settledAt: null,
          dueAt: at('2026-12-05T13:10:00Z'),
        }),
        // Handed in late the first time: late by its recorded delay, whatever happened since.
        task({ assigneeName: '县公安局', late: true, lateByMinutes: 95, confidential: true }),
      ],
      now,
      '县网络舆情应急监控中心',
    );
    const r = await rows(bytes);
    expect(r[0][0]).toBe('清水县网络舆情四单台账');
    expect(r[2]).toEqual(
      expect.arrayContaining(['列单时间', '派单时间', '签收时间（办单）', '交单时间', '是否逾期']),
    );
    const [onTime, owed, lateFirst] = r.slice(3);
    expect(onTime).toEqual(
      expect.arrayContaining([
        '1',
        '东湖镇征地补偿网帖',
        '东湖镇',
        '主办',
        '2026年12月5日9时10分',
        '2026年12月5日17时00分',
        '按时',
      ]),
    );
    expect(owed).toEqual(expect.arrayContaining(['西山镇', '协办', '逾期', '12小时50分', '已签收']));
    expect(lateFirst).toEqual(expect.arrayContaining(['（涉密事件）', '逾期', '1小时35分']));
    expect(lateFirst.join('')).not.toContain('东湖镇征地');
  });
});
