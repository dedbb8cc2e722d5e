import { IncidentEvent } from '@app/incidents/domain';
import { prefilledFlashReport } from './flash-report.prefill';

/** The words the platform puts in a 快报 when its timer fires: from the log alone, the same every time. */
const stamp = { incidentId: 'i1', by: 'u1', byUnit: 'centre', at: '2026-12-03T02:10:00.000Z' };
const reported: IncidentEvent = {
  type: 'IncidentReported',
  data: {
    incidentId: 'i1',
    channel: 'MONITORING',
    platform: 'WEIBO',
    urls: ['https://weibo.example/p/1'],
    title: '东湖镇征地补偿纠纷',
    excerpt: '村民称补偿款迟迟未发',
    discoveredAt: '2026-12-03T02:00:00.000Z',
    spread: { posts: 3, reposts: 120, comments: 0, views: 5000, mainstreamMediaPickups: 0 },
    confidential: false,
    reportingUnitId: 'centre',
    countyId: 'qingshui',
    reportedBy: 'u1',
    reportedAt: '2026-12-03T02:05:00.000Z',
  },
} as IncidentEvent;
const assessed: IncidentEvent = {
  type: 'IncidentAssessed',
  data: {
    incidentId: 'i1',
    nature: 'INQUIRY_APPEAL',
    veracity: 'UNVERIFIED',
    field: 'LAND_ACQUISITION',
    grade: 'II',
    indicators: ['转发过百'],
    reasoning: '有线下聚集苗头。',
    previousGrade: null,
    revision: 1,
    assessedBy: 'u1',
    assessedAt: '2026-12-03T02:10:00.000Z',
  },
} as IncidentEvent;
const draft = (incident: IncidentEvent[], reason: 'UNASSESSED' | 'MAJOR' = 'MAJOR') =>
  prefilledFlashReport({
    reportId: 'r1',
    timerId: 't1',
    reason,
    centreUnitId: 'centre',
    incident,
    unitNames: new Map([
      ['donghu', '东湖镇'],
      ['propaganda', '县委宣传部'],
    ]),
    unassessedMinutes: 30,
    context: {
      now: new Date('2026-12-03T02:11:00.000Z'),
      actorUserId: 'platform',
      actorUnitId: 'centre',
      actorName: '平台（快报预填）',
    },
  })[0].data as unknown as Record<string, unknown>;

describe('the pre-filled 快报', () => {
  it('states what happened, where and how far it went, in Beijing time', () => {
    expect(draft([reported, assessed])).toMatchObject({
      kind: 'FLASH',
      prefilledBy: { timerId: 't1', reason: 'MAJOR' },
      title: '关于“东湖镇征地补偿纠纷”的舆情快报',
      summary:
        '12月3日10:00，经软件监看发现，微博出现“东湖镇征地补偿纠纷”相关信息。主要内容：村民称补偿款迟迟未发',
      spread: expect.stringContaining('登记时发帖3条，转发120次，浏览5000次。'),
      analysis: expect.stringContaining('定为II级 重大（橙色）。有线下聚集苗头。（依据：转发过百）'),
      draftedByName: '平台（快报预填）',
      countyId: 'qingshui',
    });
  });

  it('lists the steps the log holds, naming units by name', () => {
    const steps: IncidentEvent[] = [
      { type: 'IncidentListed', data: { ...stamp } },
      {
        type: 'LinkageActivated',
        data: {
          ...stamp,
          leadUnitId: 'propaganda',
          coreUnitIds: [],
          memberUnitIds: [],
          byDecision: false,
          reason: '',
        },
      },
      {
        type: 'TaskAttached',
        data: { ...stamp, taskId: 't1', unitId: 'donghu', role: 'LEAD', parentTaskId: null },
      },
      {
        type: 'TaskAttached',
        data: { ...stamp, taskId: 't2', unitId: 'donghu', role: 'LEAD', parentTaskId: null },
      },
    ] as IncidentEvent[];
    expect(draft([reported, assessed, ...steps]).measuresTaken).toEqual([
      '已列入处置清单（列单）',
      '已启动“1+3+N”联动，由县委宣传部牵头',
      '已向东湖镇派单处置',
    ]);
  });

  it('says plainly when nothing is judged yet, and asks for the judgement first', () => {
    const d = draft([reported], 'UNASSESSED');
    expect(d.analysis).toBe('该舆情登记后已超过30分钟仍未研判定级，性质和等级待研判。');
    expect(d.suggestions).toEqual(['立即组织研判定级', '持续监测网上传播态势，及时续报']);
    expect(d.measuresTaken).toEqual([]);
  });

  it('the same log gives the same words', () => {
    expect(draft([reported, assessed])).toEqual(draft([reported, assessed]));
  });
});
